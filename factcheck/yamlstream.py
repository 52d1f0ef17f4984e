"""Compose a YAML document's node tree as ``yaml.compose`` does, handing over the items of one long list as they come.

A registry of a million claims is one list. PyYAML's node tree of it, with two marks
a node, takes over 20 times the file's size; composed item by item and read at
once, only one claim's nodes are alive at a time.

>>> import yaml
>>> items = []
>>> root = compose_streaming("version: 1\\nclaims: [a, b]\\n", yaml.SafeLoader, "claims", items.append)
>>> [node.value for node in items], [(key.value, value.value) for key, value in root.value]
(['a', 'b'], [('version', '1'), ('claims', [])])
"""

from __future__ import annotations

from collections.abc import Callable


def compose_streaming(text: str, loader, key: str, take: Callable) -> object | None:
    """Return the node tree of ``text``'s single document (None when it has none), as ``yaml.compose``.

    The items of the list under the top-level ``key`` (the first such key, when the
    document is a mapping) go to ``take`` one by one, and that list's node is left
    empty. Raise yaml.YAMLError as yaml.compose does; anchors and aliases must have
    been refused before.
    """
    import yaml  # noqa: PLC0415

    events = yaml.parse(text, Loader=loader)
    composer = _Composer(events, yaml)
    next(events)  # the stream's start
    document = next(events)
    if isinstance(document, yaml.StreamEndEvent):
        return None
    first = next(events)
    if isinstance(first, yaml.MappingStartEvent):
        root = composer.mapping(first, stream=(key, take))
    else:
        root = composer.node(first)
    next(events)  # the document's end
    after = next(events)
    if not isinstance(after, yaml.StreamEndEvent):
        raise yaml.composer.ComposerError("expected a single document in the stream", document.start_mark,
                                          "but found another document", after.start_mark)
    return root


class _Composer:
    """Nodes from parser events, resolved as PyYAML's composer resolves them."""

    def __init__(self, events, yaml) -> None:
        self.events = events
        self.yaml = yaml
        self.resolve = yaml.resolver.Resolver().resolve

    def node(self, event):
        yaml = self.yaml
        if isinstance(event, yaml.ScalarEvent):
            tag = event.tag
            if tag is None or tag == "!":
                tag = self.resolve(yaml.ScalarNode, event.value, event.implicit)
            return yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, style=event.style)
        if isinstance(event, yaml.SequenceStartEvent):
            node = yaml.SequenceNode(self.tag(event, yaml.SequenceNode), [], event.start_mark, None,
                                     flow_style=event.flow_style)
            for item in self.events:
                if isinstance(item, yaml.SequenceEndEvent):
                    node.end_mark = item.end_mark
                    return node
                node.value.append(self.node(item))
        if isinstance(event, yaml.MappingStartEvent):
            return self.mapping(event)
        raise yaml.composer.ComposerError(None, None, f"unexpected {type(event).__name__}", event.start_mark)

    def mapping(self, event, stream: tuple[str, Callable] | None = None):
        yaml = self.yaml
        node = yaml.MappingNode(self.tag(event, yaml.MappingNode), [], event.start_mark, None,
                                flow_style=event.flow_style)
        for item in self.events:
            if isinstance(item, yaml.MappingEndEvent):
                node.end_mark = item.end_mark
                return node
            key = self.node(item)
            value_event = next(self.events)
            if stream is not None and isinstance(key, yaml.ScalarNode) and key.value == stream[0]:
                take, stream = stream[1], None  # only the first: a repeated key is reported, not read
                value = (self.streamed(value_event, take) if isinstance(value_event, yaml.SequenceStartEvent)
                         else self.node(value_event))
            else:
                value = self.node(value_event)
            node.value.append((key, value))
        return node

    def streamed(self, event, take: Callable):
        yaml = self.yaml
        node = yaml.SequenceNode(self.tag(event, yaml.SequenceNode), [], event.start_mark, None,
                                 flow_style=event.flow_style)
        for item in self.events:
            if isinstance(item, yaml.SequenceEndEvent):
                node.end_mark = item.end_mark
                return node
            take(self.node(item))
        return node

    def tag(self, event, kind) -> str:
        tag = event.tag
        return self.resolve(kind, None, event.implicit) if tag is None or tag == "!" else tag
