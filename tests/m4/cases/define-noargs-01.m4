define
