//! `fastly-sandbox`: runs the sandbox until its standard input reaches EOF.
//!
//! Prints `listening on http://HOST:PORT` (or `https://` with `--tls`) as its first
//! stdout line, so a test in any language can spawn it with `--port 0`, read the
//! URL, and own it by holding the stdin pipe.

use std::io::{self, Write as _};
use std::path::PathBuf;
use std::process::ExitCode;

use fastly_sandbox::{Sandbox, SandboxConfig, Style};

const USAGE: &str = "usage: fastly-sandbox [--port N] [--host IP] [--token TOKEN] \
[--users N] [--roles N] [--service-groups N] [--user-groups N] [--seed-shapes] \
[--tls] [--ca-file PATH]

Serves a fake Fastly Account API until standard input reaches EOF.
  --port N            API port (default 0: pick a free one)
  --host IP           address to listen on (default 127.0.0.1)
  --token TOKEN       token accepted in Fastly-Key (default sandbox-token)
  --users N           extra generated users (default 0)
  --roles N           extra generated IAM roles (default 0)
  --service-groups N  extra generated service groups (default 0)
  --user-groups N     extra generated user groups (default 0)
  --seed-shapes       answer like the seed spec instead of the live API
  --tls               serve HTTPS with a certificate from a fresh private CA
  --ca-file PATH      write that CA's certificate (PEM) to PATH before the
                      first line (implies --tls)";

/// What the command line asks for.
#[derive(Debug, PartialEq, Eq)]
struct Options {
    config: SandboxConfig,
    ca_file: Option<PathBuf>,
}

fn main() -> ExitCode {
    let Options { config, ca_file } = match parse_args(std::env::args().skip(1)) {
        Ok(Some(options)) => options,
        Ok(None) => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(problem) => {
            eprintln!("fastly-sandbox: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let sandbox = match Sandbox::start(config) {
        Ok(sandbox) => sandbox,
        Err(e) => {
            eprintln!("fastly-sandbox: cannot start: {e}");
            return ExitCode::FAILURE;
        }
    };
    if let (Some(path), Some(pem)) = (&ca_file, sandbox.ca_pem()) {
        if let Err(e) = std::fs::write(path, pem) {
            eprintln!(
                "fastly-sandbox: cannot write the CA to {}: {e}",
                path.display()
            );
            return ExitCode::FAILURE;
        }
    }
    let mut stdout = io::stdout().lock();
    if writeln!(stdout, "listening on {}", sandbox.url())
        .and_then(|()| stdout.flush())
        .is_err()
    {
        return ExitCode::FAILURE;
    }
    drop(stdout);
    // The spawning test owns us through this pipe: EOF (or a read error) means stop.
    let _ = io::copy(&mut io::stdin().lock(), &mut io::sink());
    drop(sandbox);
    ExitCode::SUCCESS
}

/// `Ok(None)` for `--help`.
fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Options>, String> {
    let mut config = SandboxConfig::default();
    let mut ca_file = None;
    let mut args = args.peekable();
    while let Some(arg) = args.next() {
        if arg == "-h" || arg == "--help" {
            return Ok(None);
        }
        match arg.as_str() {
            "--seed-shapes" => {
                config.style = Style::Seed;
                continue;
            }
            "--tls" => {
                config.tls = true;
                continue;
            }
            _ => {}
        }
        let (flag, inline) = match arg.split_once('=') {
            Some((flag, value)) if flag.starts_with("--") => {
                (flag.to_owned(), Some(value.to_owned()))
            }
            _ => (arg.clone(), None),
        };
        let known = [
            "--port",
            "--host",
            "--token",
            "--users",
            "--roles",
            "--service-groups",
            "--user-groups",
            "--ca-file",
        ];
        if !known.contains(&flag.as_str()) {
            return Err(format!("unknown argument '{arg}'"));
        }
        let value = match inline.or_else(|| args.next()) {
            Some(value) => value,
            None => return Err(format!("{flag} needs a value")),
        };
        let count = |value: &str| {
            value
                .parse::<usize>()
                .map_err(|_| format!("{flag} needs a non-negative integer, got '{value}'"))
        };
        match flag.as_str() {
            "--port" => {
                config.port = value
                    .parse()
                    .map_err(|_| format!("--port needs a port number, got '{value}'"))?;
            }
            "--host" => {
                config.host = value
                    .parse()
                    .map_err(|_| format!("--host needs an IP address, got '{value}'"))?;
            }
            "--token" if value.is_empty() => return Err("--token must not be empty".to_owned()),
            "--token" => config.token = value,
            "--users" => config.users = count(&value)?,
            "--roles" => config.roles = count(&value)?,
            "--service-groups" => config.service_groups = count(&value)?,
            "--ca-file" if value.is_empty() => return Err("--ca-file needs a path".to_owned()),
            "--ca-file" => {
                config.tls = true;
                ca_file = Some(PathBuf::from(value));
            }
            _ => config.user_groups = count(&value)?,
        }
    }
    Ok(Some(Options { config, ca_file }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Result<Option<SandboxConfig>, String> {
        parse_args(args.iter().map(|a| a.to_string())).map(|o| o.map(|o| o.config))
    }

    #[test]
    fn parses_flags_in_both_forms() {
        let config = parse(&[
            "--port",
            "8080",
            "--users=5",
            "--token",
            "t",
            "--user-groups",
            "2",
        ])
        .expect("valid")
        .expect("not help");
        assert_eq!(config.port, 8080);
        assert_eq!(config.users, 5);
        assert_eq!(config.token, "t");
        assert_eq!(config.user_groups, 2);
        assert_eq!(config.roles, 0);
        assert_eq!(config.style, Style::Live);
        assert!(!config.tls);
    }

    #[test]
    fn parses_style_and_tls_flags() {
        let config = parse(&["--seed-shapes", "--tls"])
            .expect("valid")
            .expect("not help");
        assert_eq!(config.style, Style::Seed);
        assert!(config.tls);
        let options = parse_args(["--ca-file=/tmp/ca.pem".to_owned()].into_iter())
            .expect("valid")
            .expect("not help");
        assert!(options.config.tls, "--ca-file implies --tls");
        assert_eq!(options.ca_file, Some(PathBuf::from("/tmp/ca.pem")));
        assert!(parse(&["--ca-file"]).is_err());
        assert!(parse(&["--tls=yes"]).is_err());
    }

    #[test]
    fn rejects_unknown_and_incomplete_flags() {
        assert!(parse(&["--bogus"]).is_err());
        assert!(parse(&["--port"]).is_err());
        assert!(parse(&["--port", "x"]).is_err());
        assert!(parse(&["--users", "-1"]).is_err());
        assert_eq!(parse(&["--help"]), Ok(None));
    }
}
