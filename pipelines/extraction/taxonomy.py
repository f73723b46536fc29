"""ACLED's event types and sub-event types (public codebook), the vocabulary every event must use."""

from types import MappingProxyType

EVENT_TAXONOMY: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "Battles": (
            "Armed clash",
            "Government regains territory",
            "Non-state actor overtakes territory",
        ),
        "Explosions/Remote violence": (
            "Chemical weapon",
            "Air/drone strike",
            "Suicide bomb",
            "Shelling/artillery/missile attack",
            "Remote explosive/landmine/IED",
            "Grenade",
        ),
        "Violence against civilians": (
            "Sexual violence",
            "Attack",
            "Abduction/forced disappearance",
        ),
        "Protests": (
            "Peaceful protest",
            "Protest with intervention",
            "Excessive force against protesters",
        ),
        "Riots": ("Violent demonstration", "Mob violence"),
        "Strategic developments": (
            "Agreement",
            "Arrests",
            "Change to group/activity",
            "Disrupted weapons use",
            "Headquarters or base established",
            "Looting/property destruction",
            "Non-violent transfer of territory",
            "Other",
        ),
    }
)

EVENT_TYPES: frozenset[str] = frozenset(EVENT_TAXONOMY)
SUB_EVENT_TYPES: frozenset[str] = frozenset(s for subs in EVENT_TAXONOMY.values() for s in subs)
# Every sub-event type belongs to exactly one event type, so the pair can be checked from the sub-type alone.
PARENT_OF_SUB_EVENT_TYPE: MappingProxyType[str, str] = MappingProxyType(
    {sub: parent for parent, subs in EVENT_TAXONOMY.items() for sub in subs}
)


def is_consistent(event_type: str, sub_event_type: str) -> bool:
    """True when the sub-event type is one of the event type's own sub-types."""
    return PARENT_OF_SUB_EVENT_TYPE.get(sub_event_type) == event_type
