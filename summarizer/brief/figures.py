"""Report values as English number phrases, converted exactly from `value_normalized`.

Money is scaled with Decimal so 79.4亿元 becomes "RMB 7.94 billion" (never 794 million, never
7.9399999); the number checker uses the same phrases in its messages.
"""

from __future__ import annotations

from decimal import Decimal

SCALES = (
    (Decimal(10) ** 12, "trillion"),
    (Decimal(10) ** 9, "billion"),
    (Decimal(10) ** 6, "million"),
)

# Base units (as numbers.py names them) -> English unit words.
UNITS_EN = {
    "%": "%",
    "pp": "percentage points",
    "mu": "mu",
    "m2": "square metres",
    "km2": "square kilometres",
    "ha": "hectares",
    "km": "km",
    "m": "metres",
    "t": "tonnes",
    "kg": "kg",
    "kWh": "kWh",
    "kW": "kW",
    "kVA": "kVA",
    "tce": "tonnes of standard coal equivalent",
    "MW": "MW",
    "GW": "GW",
    "m3": "cubic metres",
    "times": "times",
    "人次": "person-times",
    "户次": "household visits",
    "家次": "firm visits",
    "人": "people",
    "jin": "jin",
    "dan": "dan",
    "yuan/month": "yuan a month",
    "yuan/person": "yuan per person",
    "yuan/year": "yuan a year",
    "yuan/mu": "yuan per mu",
    "yuan/t": "yuan per tonne",
    "yuan/kWh": "yuan per kWh",
    "yuan/m2": "yuan per square metre",
    "kg/mu": "kg per mu",
}


def exact(value: float | Decimal) -> Decimal:
    """The shortest Decimal that round-trips the float (7940000000.0 -> 7940000000)."""
    if isinstance(value, Decimal):
        return value.normalize()
    return Decimal(repr(float(value))).normalize()


def format_number(value: float | Decimal) -> str:
    """Thousands separators, no exponent, no trailing zeros: 1498.28 -> '1,498.28'."""
    number = exact(value)
    text = f"{number:,f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text


def scaled(value: float | Decimal) -> str:
    """7.94e9 -> '7.94 billion', 1.76e8 -> '176 million', 28000 -> '28,000' (exact)."""
    number = exact(value)
    for size, word in SCALES:
        if abs(number) >= size:
            return f"{format_number(number / size)} {word}"
    return format_number(number)


def money(value: float | Decimal, base_unit: str | None) -> str:
    """'RMB 7.94 billion' for yuan, 'USD 750 million' for US dollars."""
    prefix = "USD" if base_unit == "USD" else "RMB"
    return f"{prefix} {scaled(value)}"


def quantity(value: float | Decimal, base_unit: str | None) -> str:
    """Any Report value in English: money, percent, percentage points, area, counts …"""
    if base_unit in ("yuan", "USD"):
        return money(value, base_unit)
    if base_unit == "%":
        return f"{format_number(value)}%"
    unit = UNITS_EN.get(base_unit or "")
    number = scaled(value) if abs(exact(value)) >= Decimal(10) ** 6 else format_number(value)
    return f"{number} {unit}" if unit else number
