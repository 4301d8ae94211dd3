//! Zed extension that starts the Rubric language server for Markdown.
//!
//! The command is, in order: `lsp.rubric.binary` from Zed's settings (path + arguments);
//! the `rubric` launcher on the worktree's PATH (`rubric lsp`); Java (`$JAVA_HOME/bin/java`,
//! else `java` on the PATH) with `$RUBRIC_JAR`, else `~/.local/share/rubric/rubric.jar`.
//! `lsp.rubric.settings` is sent as initializationOptions and workspace configuration
//! (section `rubric`).
use zed_extension_api::{self as zed, serde_json, settings::LspSettings, LanguageServerId, Result};

struct RubricExtension;

const JVM_ARGS: [&str; 1] = ["-XX:+UseSerialGC"];

fn env_value(env: &[(String, String)], key: &str) -> Option<String> {
    env.iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
        .filter(|v| !v.is_empty())
}

impl RubricExtension {
    fn settings(worktree: &zed::Worktree) -> serde_json::Value {
        LspSettings::for_worktree("rubric", worktree)
            .ok()
            .and_then(|s| s.settings)
            .unwrap_or_else(|| serde_json::json!({}))
    }
}

impl zed::Extension for RubricExtension {
    fn new() -> Self {
        RubricExtension
    }

    fn language_server_command(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<zed::Command> {
        let env = worktree.shell_env();
        if let Ok(settings) = LspSettings::for_worktree("rubric", worktree) {
            if let Some(binary) = settings.binary {
                if let Some(path) = binary.path {
                    return Ok(zed::Command {
                        command: path,
                        args: binary.arguments.unwrap_or_else(|| vec!["lsp".into()]),
                        env,
                    });
                }
            }
        }
        if let Some(rubric) = worktree.which("rubric") {
            return Ok(zed::Command {
                command: rubric,
                args: vec!["lsp".into()],
                env,
            });
        }
        let java = env_value(&env, "JAVA_HOME")
            .map(|home| format!("{home}/bin/java"))
            .or_else(|| worktree.which("java"))
            .ok_or("Rubric needs Java 17+: set JAVA_HOME, put java on the PATH, or set lsp.rubric.binary")?;
        let jar = env_value(&env, "RUBRIC_JAR")
            .or_else(|| {
                env_value(&env, "HOME").map(|home| format!("{home}/.local/share/rubric/rubric.jar"))
            })
            .ok_or("Rubric: set RUBRIC_JAR or lsp.rubric.binary")?;
        let mut args: Vec<String> = JVM_ARGS.iter().map(|a| a.to_string()).collect();
        args.extend(["-jar".to_string(), jar, "lsp".to_string()]);
        Ok(zed::Command {
            command: java,
            args,
            env,
        })
    }

    fn language_server_initialization_options(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(Some(
            serde_json::json!({ "rubric": Self::settings(worktree) }),
        ))
    }

    fn language_server_workspace_configuration(
        &mut self,
        _id: &LanguageServerId,
        worktree: &zed::Worktree,
    ) -> Result<Option<serde_json::Value>> {
        Ok(Some(
            serde_json::json!({ "rubric": Self::settings(worktree) }),
        ))
    }
}

zed::register_extension!(RubricExtension);
