define(`mydefine', defn(`define'))mydefine(`x', `ok')x
