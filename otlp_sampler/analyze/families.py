"""Families of related templates (scikit-learn), so hundreds of patterns read as a short list.

TF-IDF over the words of each template (variables ``<*>`` and numbers carry no meaning
here), cosine distances, then average-linkage agglomerative clustering cut at a distance
threshold. Agglomerative clustering has no random start, so the same templates always
give the same families.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# Words of two letters or more; "blk_<*>" gives "blk", "PacketResponder" stays one word.
TOKEN_PATTERN = r"[A-Za-z]{2,}"
DEFAULT_MAX_TEMPLATES = 1000  # the distance matrix is n^2 floats: 1000 -> 8 MB
DEFAULT_DISTANCE = 0.75  # cosine distance at which two groups stop merging


@dataclass(frozen=True, slots=True)
class Family:
    """Templates that say much the same thing; ``members`` index the input sequence."""

    label: str  # the family's most characteristic words
    members: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.members)


def find_families(
    templates: Sequence[str],
    *,
    max_templates: int = DEFAULT_MAX_TEMPLATES,
    distance_threshold: float = DEFAULT_DISTANCE,
) -> list[Family]:
    """Group ``templates``; largest families first, then by first member.

    Only the first ``max_templates`` are considered (pass them heaviest first); every one
    of those lands in exactly one family, possibly alone.
    """
    items = list(templates[:max_templates])
    if not items:
        return []
    # scikit-learn takes about a second to import, numpy a tenth: load them when the side
    # loop first needs them, not at process start.
    import numpy as np
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer

    vectorizer = TfidfVectorizer(token_pattern=TOKEN_PATTERN, lowercase=True, sublinear_tf=True)
    try:
        matrix = vectorizer.fit_transform(items)
    except ValueError:  # no template has a single word
        return [Family(label=_short(items[i]), members=(i,)) for i in range(len(items))]
    terms = vectorizer.get_feature_names_out()
    has_words = np.asarray(matrix.getnnz(axis=1) > 0)
    worded = np.flatnonzero(has_words)
    labels = np.full(len(items), -1, dtype=int)
    if len(worded) >= 2:
        rows = matrix[worded]
        # Rows are L2-normalised by TfidfVectorizer, so the dot product is the cosine.
        distances = 1.0 - (rows @ rows.T).toarray()
        np.clip(distances, 0.0, 2.0, out=distances)
        np.fill_diagonal(distances, 0.0)
        clustering = AgglomerativeClustering(
            n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance_threshold
        )
        labels[worded] = clustering.fit_predict(distances)
    elif len(worded) == 1:
        labels[worded[0]] = 0
    groups: dict[int, list[int]] = {}
    next_label = int(labels.max()) + 1
    for index, label in enumerate(labels):
        if label < 0:  # a template without words is its own family
            label, next_label = next_label, next_label + 1
        groups.setdefault(int(label), []).append(index)
    families = [Family(label=_label(matrix, terms, members, items), members=tuple(members))
                for members in groups.values()]
    families.sort(key=lambda f: (-len(f.members), f.members[0]))
    return families


def _label(matrix, terms, members: list[int], items: list[str], words: int = 3) -> str:
    import numpy as np

    if len(members) == 1:
        return _short(items[members[0]])
    weights = np.asarray(matrix[members].sum(axis=0)).ravel()
    if not weights.any():
        return _short(items[members[0]])
    # Highest weight first, alphabetical among equals, so labels are reproducible.
    order = sorted(np.flatnonzero(weights), key=lambda i: (-weights[i], terms[i]))[:words]
    return " ".join(str(terms[i]) for i in order)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."
