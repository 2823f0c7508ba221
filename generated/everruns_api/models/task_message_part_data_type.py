from enum import Enum


class TaskMessagePartDataType(str, Enum):
    DATA = "data"

    def __str__(self) -> str:
        return str(self.value)
