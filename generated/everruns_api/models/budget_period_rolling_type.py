from enum import Enum


class BudgetPeriodRollingType(str, Enum):
    ROLLING = "rolling"

    def __str__(self) -> str:
        return str(self.value)
