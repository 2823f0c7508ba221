from enum import Enum


class SessionSandboxStatusValue(str, Enum):
    LOST = "lost"
    PAUSED = "paused"
    RUNNING = "running"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> "SessionSandboxStatusValue | None":
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
