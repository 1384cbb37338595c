from dataclasses import dataclass


@dataclass
class Payment:
    id: str
    amount_cents: int
    country: str
