// `help`: the usage of the program.
import type { Command } from "./shared.js";

export const HELP = `china-russia-data ${__PACKAGE_VERSION__}

Usage: china-russia-data <command> [options]

Commands:
  summary                      print the fact sheet (the default)
  list                         list the datasets (rows, years, sources) and helpers
  show <dataset> [--limit N]   print the first N rows (default 10) as a table
  export <dataset> [--format csv|json|ndjson] [--where FIELD=VALUE ...] [--limit N] [--out FILE [--force]]
                               write a dataset (CSV unless --format or --out's extension says otherwise)
  series --reporter CHN|RUS --partner CODE [--flow export|import|total] [--source ID] [--format csv|json|ndjson]
                               one default trade series, as tradeSeries returns it
  path <dataset>               the absolute path of the installed CSV file (also trade-series, trade-shares,
                               trade-asymmetry, the link tables such as claims-sources, and datapackage),
                               for pandas, readr or DuckDB
  cite [--format text|apa|bibtex|csl-json] [--dataset NAME]
                               cite this version, or one dataset with its producers
  claims                       the article's quantitative claims, checked against the data

Dataset names are accepted as the files spell them (partner-trade) and as the JavaScript exports do
(partnerTrade). "<command> --help" prints help for one command.

Options:
  -h, --help                   show this help
  -v, --version                print the version

Exit status: 0 done; 1 the data asked for does not exist (a series, a year or a --where value the data
lacks); 2 a usage error (an unknown command, option or dataset, a missing or malformed value, --format and
--out disagreeing, an --out that cannot be written). Errors are one line on stderr.
`;

export const help: Command = {
  help: HELP,
  options: [],
  run: ({ out }) => {
    out.write(HELP);
    return 0;
  },
};
