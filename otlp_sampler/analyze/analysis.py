"""One cycle's analysis: the volume picture, the anomalies and the template families together."""

from __future__ import annotations

from dataclasses import dataclass, field

from otlp_sampler.analyze.anomalies import Anomaly
from otlp_sampler.analyze.families import DEFAULT_MAX_TEMPLATES, find_families
from otlp_sampler.analyze.volume import Key, VolumePicture


@dataclass(frozen=True, slots=True)
class PatternFamily:
    """A family of related patterns (possibly across services) with its combined volume."""

    label: str
    keys: tuple[Key, ...]
    records: int
    bytes: int


@dataclass(frozen=True, slots=True)
class Analysis:
    """What the generators reason about."""

    volumes: VolumePicture
    anomalies: list[Anomaly] = field(default_factory=list)
    families: list[PatternFamily] = field(default_factory=list)

    def anomalous_keys(self) -> set[Key]:
        return {a.key for a in self.anomalies if a.key is not None}

    def family_of(self) -> dict[Key, str]:
        """Pattern -> label of its family, for patterns in a family of two or more."""
        return {key: family.label for family in self.families if len(family.keys) > 1 for key in family.keys}


def template_families(
    volumes: VolumePicture, *, max_templates: int = DEFAULT_MAX_TEMPLATES
) -> list[PatternFamily]:
    """Families over the heaviest ``max_templates`` patterns, heaviest family first."""
    top = volumes.top(max_templates)
    families = []
    for family in find_families([p.template for p in top], max_templates=max_templates):
        members = [top[i] for i in family.members]
        families.append(PatternFamily(
            label=family.label,
            keys=tuple(p.key for p in members),
            records=sum(p.records for p in members),
            bytes=sum(p.bytes for p in members),
        ))
    families.sort(key=lambda f: (-f.bytes, f.keys[0]))
    return families


def analyze(volumes: VolumePicture, anomalies: list[Anomaly], *, families: bool = True) -> Analysis:
    """Bundle a window's volumes and anomalies with its families (CPU work: run in a thread).

    ``families=False`` skips the clustering, for generators that do not read it.
    """
    found = template_families(volumes) if families else []
    return Analysis(volumes=volumes, anomalies=anomalies, families=found)
