from enum import Enum


class McpErrorCode(str, Enum):
    INTERNAL = "internal"
    INVALID_ARGUMENTS = "invalid_arguments"
    MCP_SERVER_UNREACHABLE = "mcp_server_unreachable"
    NETWORK_BLOCKED = "network_blocked"
    PERMISSION_DENIED = "permission_denied"
    QUOTA_EXCEEDED = "quota_exceeded"
    TOOL_NOT_FOUND = "tool_not_found"
    TOOL_PANICKED = "tool_panicked"
    TOOL_TIMEOUT = "tool_timeout"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "McpErrorCode | None":
        # A value the API added after this client was generated: keep it, unnamed,
        # rather than fail to read the whole response. (One-value enums tag union
        # branches and stay strict, so that parsing still picks the right branch.)
        if not isinstance(value, str):
            return None
        member = str.__new__(cls, value)
        member._name_ = value
        member._value_ = value
        cls._value2member_map_[value] = member
        return member
