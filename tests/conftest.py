import glob
import os
import tempfile

import pytest

# the gazetteer's cache goes to a folder of the test run's own, not the user's ~/.cache
os.environ.setdefault("QUOTEX_CACHE_DIR", tempfile.mkdtemp(prefix="quotex-test-cache-"))

SEED_FOLDER = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "seeds")
MODEL_FIXTURES = {"nlp", "extract", "seed_record"}


def pytest_collection_modifyitems(items):
    """Tests that load the trained pipeline are marked ``model``, by the fixtures they use."""
    for item in items:
        if MODEL_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.model)


@pytest.fixture(scope="session")
def nlp():
    """The real pipeline (installed from PyPI by the Makefile), loaded once."""
    from quotex.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def extract(nlp):
    """extract(text) -> Article, with the real pipeline."""
    from quotex.api import extract_text

    return lambda text: extract_text(text, nlp=nlp)


@pytest.fixture(scope="session")
def vocab():
    """A blank English vocabulary for hand-built parses."""
    import spacy

    return spacy.blank("en").vocab


@pytest.fixture(scope="session")
def seed_folder():
    """The folder holding the bundled seed article."""
    return SEED_FOLDER


@pytest.fixture(scope="session")
def seed_path(seed_folder):
    (path,) = glob.glob(os.path.join(seed_folder, "*.txt"))
    return path


@pytest.fixture(scope="session")
def seed_text(seed_path):
    with open(seed_path, encoding="utf-8") as handle:
        return handle.read()
