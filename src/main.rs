//! The `kampung` command: parse arguments, call the library, print problems, exit.

use clap::{Args, Parser, Subcommand};
use kampung::diagnostic::Report;
use kampung::{BuildError, BuildOptions, Summary};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Build village information websites from Markdown and YAML.
#[derive(Parser)]
#[command(name = "kampung", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default).
    Build(BuildArgs),
    /// Load, check and render the site without writing anything.
    Check(SiteArgs),
}

#[derive(Args)]
struct SiteArgs {
    /// The site's folder, holding content/.
    #[arg(long, default_value = ".")]
    root: PathBuf,
}

#[derive(Args)]
struct BuildArgs {
    #[command(flatten)]
    site: SiteArgs,
    /// Where to write the site [default: <root>/public].
    #[arg(long, short)]
    output: Option<PathBuf>,
    /// The address the site is published at (overrides base_url in site.yaml).
    #[arg(long)]
    base_url: Option<String>,
    /// Publish drafts (draf: true) too.
    #[arg(long)]
    drafts: bool,
    /// Write HTML and CSS unminified.
    #[arg(long)]
    no_minify: bool,
    /// Build only this village (repeat for more).
    #[arg(long, value_name = "SLUG")]
    only: Vec<String>,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Build(args) => {
            let options = BuildOptions {
                root: args.site.root.clone(),
                output: args.output.clone(),
                base_url: args.base_url.clone(),
                drafts: args.drafts,
                minify: !args.no_minify,
                only: args.only.clone(),
            };
            kampung::build(&options).map(|s| (s, Some(options.output_dir())))
        }
        Command::Check(args) => kampung::check(&BuildOptions::new(&args.root)).map(|s| (s, None)),
    };
    let mut err = std::io::stderr().lock();
    match result {
        Ok((summary, output)) => {
            print_report(&mut err, &summary.warnings);
            println!("{}", summary_line(&summary, output.as_ref()));
            ExitCode::SUCCESS
        }
        Err(BuildError::Content(report)) => {
            print_report(&mut err, &report);
            let _ = writeln!(
                err,
                "\n{} found; nothing was written and the previous output is unchanged.",
                count(
                    report.sorted().iter().filter(|d| d.is_error()).count(),
                    "error",
                    "errors"
                )
            );
            ExitCode::from(1)
        }
        Err(BuildError::Failure(failure)) => {
            let _ = writeln!(err, "{failure}");
            ExitCode::from(2)
        }
    }
}

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn print_report(out: &mut impl Write, report: &Report) {
    let _color = std::io::stderr().is_terminal();
    for d in report.sorted() {
        let _ = writeln!(out, "{d}\n");
    }
}

fn summary_line(s: &Summary, output: Option<&PathBuf>) -> String {
    let size = if s.bytes >= 1_000_000 {
        format!("{:.1} MB", s.bytes as f64 / 1e6)
    } else {
        format!("{:.1} KB", s.bytes as f64 / 1e3)
    };
    let what = format!(
        "{}, {}, {}",
        count(s.villages, "village", "villages"),
        count(s.stats.pages as usize, "page", "pages"),
        count(s.stats.files as usize, "file", "files"),
    );
    let warnings = match s.warnings.sorted().len() {
        0 => String::new(),
        n => format!(" ({})", count(n, "warning", "warnings")),
    };
    let time = format!("{:.2} s", s.elapsed.as_secs_f64());
    match output {
        Some(dir) => format!(
            "Built {what}, {size} in {time} -> {}{warnings}",
            dir.display()
        ),
        None => format!("Checked {what} in {time}: no errors{warnings}"),
    }
}
