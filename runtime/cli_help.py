"""What helps a user find their way in `asm`: "did you mean" for a mistyped area or
operation, `--version`, and the bash and zsh completion scripts of `asm completion`,
written from the same command tree the parser is (areas, operations, options).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any, Iterable, Iterator, NoReturn, Sequence

SHELLS = ("bash", "zsh")


class SuggestingParser(argparse.ArgumentParser):
    """An ArgumentParser whose areas and operations, when mistyped, get the nearest names
    instead of the list of all of them."""

    def _check_value(self, action: argparse.Action, value: Any) -> None:
        if isinstance(action, argparse._SubParsersAction) and action.choices is not None \
                and value not in action.choices:
            raise argparse.ArgumentError(action, unknown_choice(value, list(action.choices),
                                                                self.prog))
        super()._check_value(action, value)


def closest(value: str, names: Iterable[str]) -> str | None:
    """The name nearest to a mistyped `value`, or None: what every "did you mean" of
    `asm` offers (areas, operations, --columns, --config keys)."""
    import difflib  # only on error paths: its import is not free

    close = difflib.get_close_matches(value, list(names), n=1, cutoff=0.6)
    return close[0] if close else None


def unknown_choice(value: str, choices: list[str], prog: str) -> str:
    """`invalid choice: 'x' (did you mean 'y'?)`, and where the names are listed."""
    near = closest(value, choices)
    close = [near] if near is not None else []
    if not close:     # a word of the name, typed alone ('storage' for list-storage-accounts)
        close = [c for c in choices if value and value in c.split("-")][:3]
    hint = ""
    if close:
        hint = " (did you mean " + " or ".join(repr(c) for c in close) + "?)"
    return f"invalid choice: {value!r}{hint}; `{prog} --help` lists them"


class VersionAction(argparse.Action):
    """--version: the installed package's version and the API versions it speaks; read
    when asked, so other commands do not pay for importlib.metadata."""

    def __init__(self, option_strings: Sequence[str], dest: str,
                 api_versions: dict[str, str] | None = None, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)
        self.api_versions = api_versions or {}

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: Any, option_string: str | None = None) -> NoReturn:
        sys.stdout.write(version_text(parser.prog, self.api_versions))
        sys.stdout.flush()
        parser.exit(0)


def version_text(prog: str, api_versions: dict[str, str]) -> str:
    from importlib import metadata

    try:
        version = metadata.version("asm-sdk")
    except metadata.PackageNotFoundError:      # run from a checkout that is not installed
        version = "unknown (not installed)"
    lines = [f"{prog} {version} (asm-sdk)"]
    for service, api in sorted(api_versions.items()):
        lines.append(f"{service}: x-ms-version {api}")
    return "\n".join(lines) + "\n"


# --- the command tree ---------------------------------------------------------------------

def _subparsers(parser: argparse.ArgumentParser
                ) -> "argparse._SubParsersAction[argparse.ArgumentParser] | None":
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action
    return None


def _summaries(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> dict[str, str]:
    return {a.dest: (a.help or "").replace("%%", "%") for a in sub._choices_actions}


class Tree:
    """Areas, operations and options of a fully built `asm` parser."""

    def __init__(self, root: argparse.ArgumentParser) -> None:
        self.shared = _options(root)
        areas = _subparsers(root)
        assert areas is not None
        self.area_docs = _summaries(areas)
        self.ops: dict[str, dict[str, str]] = {}          # area -> operation -> summary
        self.op_options: dict[tuple[str, str], list[str]] = {}
        self.values: set[str] = {o for o in self.shared if _takes_value(root, o)}
        self.choices: dict[str, list[str]] = _choices(root)
        for area, area_parser in areas.choices.items():
            ops = _subparsers(area_parser)
            if ops is None:       # `completion`: its positional's choices
                positional = [a for a in area_parser._actions if a.choices and not a.option_strings]
                self.ops[area] = {str(c): "" for p in positional for c in p.choices or ()}
                continue
            self.ops[area] = _summaries(ops)
            for op, op_parser in ops.choices.items():
                options = [o for o in _options(op_parser) if o not in self.shared]
                self.op_options[(area, op)] = options
                self.values.update(o for o in options if _takes_value(op_parser, o))
                self.choices.update(_choices(op_parser))


def _options(parser: argparse.ArgumentParser) -> list[str]:
    return [o for a in parser._actions for o in a.option_strings if a.help != argparse.SUPPRESS]


def _takes_value(parser: argparse.ArgumentParser, option: str) -> bool:
    action = parser._option_string_actions[option]
    return action.nargs != 0


def _choices(parser: argparse.ArgumentParser) -> dict[str, list[str]]:
    return {o: [str(c) for c in a.choices] for a in parser._actions if a.option_strings
            and a.choices for o in a.option_strings}


# --- scripts ------------------------------------------------------------------------------

def _sh_words(words: list[str]) -> str:
    """Words for a single-quoted shell string (names here are plain; quotes are escaped)."""
    return "'" + " ".join(words).replace("'", "'\\''") + "'"


def _case(name: str, arms: Iterable[tuple[str, str]], zsh: bool) -> Iterator[str]:
    """A shell function mapping its first argument to words: bash echoes them, zsh sets
    `reply` (empty for anything else)."""
    yield f"{name}() {{"
    yield '    case "$1" in'
    for key, words in arms:
        yield f"        ({key}) reply=({words}) ;;" if zsh else f"        {key}) echo {words} ;;"
    if zsh:
        yield "        (*) reply=() ;;"
    yield "    esac"
    yield "}"


def _bash_lines(tree: Tree, prog: str) -> Iterator[str]:
    fn = f"_{prog}"
    yield f"# bash completion for `{prog}`, written by `{prog} completion bash` from its command"
    yield "# tree. Load it with:  source <(asm completion bash)"
    yield "# or save it as ~/.local/share/bash-completion/completions/asm"
    yield f"{fn}_areas={_sh_words(list(tree.ops))}"
    yield f"{fn}_shared={_sh_words(tree.shared)}"
    yield f"{fn}_values={_sh_words([''] + sorted(tree.values) + [''])}"
    yield from _case(f"{fn}_ops", ((area, _sh_words(list(ops)))
                                   for area, ops in tree.ops.items()), zsh=False)
    yield from _case(f"{fn}_options", ((f"'{area} {op}'", _sh_words(options))
                                       for (area, op), options in tree.op_options.items()),
                     zsh=False)
    yield from _case(f"{fn}_choices", ((option, _sh_words(choices))
                                       for option, choices in sorted(tree.choices.items())),
                     zsh=False)
    yield f"""{fn}() {{
    local cur=${{COMP_WORDS[COMP_CWORD]}} prev=${{COMP_WORDS[COMP_CWORD-1]}}
    local area='' op='' i word choices
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${{COMP_WORDS[i]}}
        if [[ $word == -* ]]; then
            [[ ${fn}_values == *" $word "* ]] && ((i++))
            continue
        fi
        if [[ -z $area ]]; then area=$word
        elif [[ -z $op ]]; then op=$word
        fi
    done
    if [[ $prev == -* && ${fn}_values == *" $prev "* ]]; then
        choices=$({fn}_choices "$prev")
        if [[ -n $choices ]]; then
            COMPREPLY=($(compgen -W "$choices" -- "$cur"))
        else
            compopt -o default 2>/dev/null
            COMPREPLY=()
        fi
    elif [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "${fn}_shared $({fn}_options "$area $op")" -- "$cur"))
    elif [[ -z $area ]]; then
        COMPREPLY=($(compgen -W "${fn}_areas" -- "$cur"))
    elif [[ -z $op ]]; then
        COMPREPLY=($(compgen -W "$({fn}_ops "$area")" -- "$cur"))
    else
        compopt -o default 2>/dev/null
        COMPREPLY=()
    fi
}}
complete -F {fn} {prog}"""


def _zsh_quote(text: str) -> str:
    return "'" + text.replace("'", "'\\''") + "'"


def _zsh_described(names: dict[str, str]) -> str:
    """`name:summary` entries for _describe (colons in summaries escaped)."""
    return " ".join(_zsh_quote(f"{n}:{' '.join(d.split()).replace(':', chr(92) + ':')}")
                    for n, d in names.items())


def _zsh_lines(tree: Tree, prog: str) -> Iterator[str]:
    fn = f"_{prog}"
    yield f"#compdef {prog}"
    yield f"# zsh completion for `{prog}`, written by `{prog} completion zsh` from its command"
    yield "# tree. Load it with:  source <(asm completion zsh)   (after compinit)"
    yield "# or save it as _asm in a directory of $fpath."
    yield from _case(f"{fn}_ops", ((area, _zsh_described(ops))
                                   for area, ops in tree.ops.items()), zsh=True)
    yield from _case(f"{fn}_options", ((f"'{area} {op}'", " ".join(options))
                                       for (area, op), options in tree.op_options.items()),
                     zsh=True)
    yield from _case(f"{fn}_choices", ((option, " ".join(choices))
                                       for option, choices in sorted(tree.choices.items())),
                     zsh=True)
    yield f"""{fn}() {{
    local -a areas shared values reply
    local area='' op='' word
    local -i i
    areas=({_zsh_described(tree.area_docs)})
    shared=({' '.join(tree.shared)})
    values=({' '.join(sorted(tree.values))})
    for (( i = 2; i < CURRENT; i++ )); do
        word=${{words[i]}}
        if [[ $word == -* ]]; then
            (( ${{values[(Ie)$word]}} )) && (( i++ ))
            continue
        fi
        if [[ -z $area ]]; then area=$word
        elif [[ -z $op ]]; then op=$word
        fi
    done
    local prev=${{words[CURRENT-1]}} cur=${{words[CURRENT]}}
    if [[ $prev == -* ]] && (( ${{values[(Ie)$prev]}} )); then
        {fn}_choices "$prev"
        if (( ${{#reply}} )); then compadd -a reply; else _files; fi
    elif [[ $cur == -* ]]; then
        {fn}_options "$area $op"
        compadd -- $shared $reply
    elif [[ -z $area ]]; then
        _describe -t areas 'area' areas
    elif [[ -z $op ]]; then
        {fn}_ops "$area"
        _describe -t operations 'operation' reply
    else
        _files
    fi
}}
if [[ $funcstack[1] == {fn} ]]; then
    {fn} "$@"
else
    compdef {fn} {prog}
fi"""


def completion_script(root: argparse.ArgumentParser, shell: str, prog: str) -> str:
    """The completion script of `shell` for the fully built parser `root`."""
    tree = Tree(root)
    lines = _bash_lines(tree, prog) if shell == "bash" else _zsh_lines(tree, prog)
    return "\n".join(lines) + "\n"
