#!/usr/bin/env python3
"""Checks the configuration files of the editors whose clients are not run here (Helix, Sublime
Text, IntelliJ/LSP4IJ, Zed): each parses (TOML with tomllib, JSON with json), starts the server
with `... lsp`, maps Markdown, and sends settings under the `rubric` section. The Zed
extension's Rust source is checked with `rustfmt --check` when rustfmt is installed (syntax
only: its crate cannot be fetched here). Prints 'all editor configs parse' and exits 0, or
names every problem and exits 1. Python 3.11+ (tomllib), standard library only."""
import json
import pathlib
import shutil
import subprocess
import sys
import tomllib

HERE = pathlib.Path(__file__).resolve().parent
problems = []
checked = []


def check(condition, message):
    if not condition:
        problems.append(message)


def load(relative):
    path = HERE / relative
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text) if path.suffix == ".toml" else json.loads(text)
    except (OSError, ValueError) as error:
        problems.append(f"{relative}: does not parse: {error}")
        return None
    checked.append(relative)
    return data


def ends_with_lsp(relative, command):
    check(isinstance(command, list) and command and command[-1].endswith("lsp"),
          f"{relative}: the server command should end with 'lsp': {command!r}")


# Helix
helix = load("helix/languages.toml")
if helix:
    server = helix.get("language-server", {}).get("rubric", {})
    ends_with_lsp("helix/languages.toml", [server.get("command", "")] + server.get("args", []))
    check("rubric" in server.get("config", {}), "helix/languages.toml: config should hold a 'rubric' section")
    markdown = [l for l in helix.get("language", []) if l.get("name") == "markdown"]
    check(markdown and "rubric" in markdown[0].get("language-servers", []),
          "helix/languages.toml: markdown should list the 'rubric' language server")

# Sublime Text (LSP package)
sublime = load("sublime/LSP.sublime-settings")
if sublime:
    client = sublime.get("clients", {}).get("rubric", {})
    ends_with_lsp("sublime/LSP.sublime-settings", client.get("command"))
    check("markdown" in client.get("selector", ""), "sublime: the selector should match Markdown")
    check(all(k.startswith("rubric.") for k in client.get("settings", {})), "sublime: settings should be rubric.*")
commands = load("sublime/Rubric.sublime-commands")
if commands:
    check(commands[0].get("args", {}).get("command_name") == "rubric.insertMissingBlocks",
          "sublime/Rubric.sublime-commands: should run rubric.insertMissingBlocks")
    check(commands[0].get("args", {}).get("session_name") == "rubric",
          "sublime/Rubric.sublime-commands: session_name should be the client name 'rubric'")

# IntelliJ (LSP4IJ user-defined language server template)
template = load("intellij/rubric/template.json")
if template:
    check(template.get("id") == "rubric" and template.get("name"), "intellij: template needs id and name")
    for os_name, command in template.get("programArgs", {}).items():
        ends_with_lsp(f"intellij/rubric/template.json ({os_name})", command.split())
    check("default" in template.get("programArgs", {}), "intellij: programArgs needs 'default'")
    mappings = template.get("fileTypeMappings", [])
    check(any(m.get("languageId") == "markdown" and "*.md" in m.get("fileType", {}).get("patterns", [])
              for m in mappings), "intellij: *.md should map to languageId markdown")
for name in ("settings.json", "initializationOptions.json"):
    data = load(f"intellij/rubric/{name}")
    if data is not None:
        check("rubric" in data, f"intellij/rubric/{name}: should hold a 'rubric' section")

# Zed
extension = load("zed/extension.toml")
if extension:
    for key in ("id", "name", "version", "schema_version"):
        check(key in extension, f"zed/extension.toml: missing {key}")
    check("Markdown" in extension.get("language_servers", {}).get("rubric", {}).get("languages", []),
          "zed/extension.toml: the rubric language server should serve Markdown")
cargo = load("zed/Cargo.toml")
if cargo:
    check(cargo.get("lib", {}).get("crate-type") == ["cdylib"], "zed/Cargo.toml: crate-type should be cdylib")
    check("zed_extension_api" in cargo.get("dependencies", {}), "zed/Cargo.toml: needs zed_extension_api")
zed_settings = load("zed/settings.json")
if zed_settings:
    check("rubric" in zed_settings.get("languages", {}).get("Markdown", {}).get("language_servers", []),
          "zed/settings.json: Markdown should list rubric")
    ends_with_lsp("zed/settings.json", zed_settings.get("lsp", {}).get("rubric", {}).get("binary", {}).get("arguments"))
rustfmt = shutil.which("rustfmt")
if rustfmt:
    result = subprocess.run([rustfmt, "--edition", "2021", "--check", str(HERE / "zed/src/lib.rs")],
                            capture_output=True, text=True)
    check(result.returncode == 0, f"zed/src/lib.rs: rustfmt --check failed:\n{result.stdout}{result.stderr}")
    checked.append("zed/src/lib.rs (rustfmt --check)")
else:
    print("note: rustfmt not installed; zed/src/lib.rs not checked")

for relative in checked:
    print(f"ok: {relative}")
if problems:
    for problem in problems:
        print(f"FAIL: {problem}")
    sys.exit(1)
print(f"all editor configs parse ({len(checked)} files)")
