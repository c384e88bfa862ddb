define(`x', 1)[ifdef(`x')]
