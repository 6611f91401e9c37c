#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

namespace OrgMap::Cli {

// Exit statuses shared by every command (the analysis spec fixes 0, 1 and 2).
enum ExitCode
{
    Ok = 0,
    Findings = 1,
    Differences = 1, // diff: at least one change (as diff(1))
    Unusable = 2
};

// Thrown for any unusable argument or file; main() prints "orgmap-cli: <reason>"
// on one line and exits 2.
struct UsageError
{
    QString reason;
};

// Parses `arguments` (the command's own, without the program and command
// names) and throws UsageError instead of exiting like QCommandLineParser::process.
void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments, const QString &command);
// The one positional argument list of the expected size, or UsageError.
QStringList positionals(const QCommandLineParser &parser, int count, const QString &usage);
int intOption(const QCommandLineParser &parser, const QString &name, int minimum);

// printOut throws UsageError when standard output cannot be written (a full disk).
void printOut(const QString &text);
void printOut(const QByteArray &bytes);
void printErr(const QString &text);
// printErr escapes control characters; what the map says reaches a terminal
// only as visible text.
void printNotes(const QStringList &notes); // "orgmap-cli: <note>" on standard error
bool stdoutIsColourTerminal();

int runCheck(const QStringList &arguments);
int runConvert(const QStringList &arguments);
int runDiff(const QStringList &arguments);
int runGenerate(const QStringList &arguments);
int runImport(const QStringList &arguments);
int runLayout(const QStringList &arguments);
int runMerge(const QStringList &arguments);
int runRender(const QStringList &arguments);

} // namespace OrgMap::Cli
