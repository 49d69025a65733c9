"""Build hook: a wheel carries the top-level resources/ inside the package.

The toolkit's definitions stay at the top of the repository (where councils and reviewers look for
them), and `paths.resources_dir()` finds the copy inside an installed package. Everything else
about the build is declared in pyproject.toml.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py


class BuildWithResources(build_py):
    """The standard build, plus a copy of resources/ into toolkit_desktop/resources."""

    def run(self) -> None:
        super().run()
        if not self.editable_mode:  # an editable install reads resources/ where it is
            target = Path(self.build_lib) / "toolkit_desktop" / "resources"
            shutil.copytree(Path(__file__).parent / "resources", target, dirs_exist_ok=True)


setup(cmdclass={"build_py": BuildWithResources})
