from enum import Enum


class ToolDefinitionClientSideType(str, Enum):
    CLIENT_SIDE = "client_side"

    def __str__(self) -> str:
        return str(self.value)
