changecom(`{', `}')text { never ends
