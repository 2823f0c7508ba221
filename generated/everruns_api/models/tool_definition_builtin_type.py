from enum import Enum


class ToolDefinitionBuiltinType(str, Enum):
    BUILTIN = "builtin"

    def __str__(self) -> str:
        return str(self.value)
