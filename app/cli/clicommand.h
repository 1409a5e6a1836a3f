#pragma once

#include <QStringList>
#include <QTextStream>

namespace prognos {

/// Exit codes of prognos-cli (documented in its --help and the README).
enum ExitCode : int {
    ExitDone = 0,
    ExitFailed = 1,   ///< an output could not be written
    ExitBadInput = 2, ///< bad arguments, settings or data
    ExitFitFailed = 3,
};

/// A subcommand of prognos-cli: parses its own arguments, reports on `err` and returns an
/// exit code.
class CliCommand
{
public:
    virtual ~CliCommand() = default;
    virtual int run(const QStringList &arguments, QTextStream &out, QTextStream &err) = 0;
};

} // namespace prognos
