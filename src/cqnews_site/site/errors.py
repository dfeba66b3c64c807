"""The render stage's error, in a module of its own: the command line catches it without
importing the renderer (Jinja2, the page generators), which a build with nothing to do
never needs."""


class RenderError(Exception):
    """The site cannot be rendered; the message names the template (and line) or the paths."""
