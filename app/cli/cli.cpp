#include "cli.h"

#include "core/atomicfile.h"
#include "core/displaytext.h"

#include <QCoreApplication>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace OrgMap::Cli {

void parseOrThrow(QCommandLineParser &parser, const QStringList &arguments, const QString &command)
{
    QStringList withProgram = arguments;
    withProgram.prepend(QStringLiteral("orgmap-cli ") + command);
    if (!parser.parse(withProgram))
        throw UsageError{parser.errorText()};
}

QStringList positionals(const QCommandLineParser &parser, int count, const QString &usage)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != count)
        throw UsageError{QCoreApplication::translate("OrgMap::Cli", "expected %1").arg(usage)};
    return args;
}

int intOption(const QCommandLineParser &parser, const QString &name, int minimum)
{
    bool ok = false;
    const QString text = parser.value(name);
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        throw UsageError{QCoreApplication::translate(
                             "OrgMap::Cli", "--%1 needs a whole number of at least %2, not \"%3\"")
                             .arg(name)
                             .arg(minimum)
                             .arg(text)};
    return value;
}

void printOut(const QByteArray &bytes)
{
    // A report that did not reach its reader is a failure, not a result:
    // `check MAP > /dev/full` must not exit 0 or 1.
    errno = 0;
    const bool written =
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size());
    if (std::fflush(stdout) != 0 || !written || std::ferror(stdout)) {
        const int errnum = errno ? errno : EIO;
        std::clearerr(stdout);
        throw UsageError{
            QCoreApplication::translate("OrgMap::Cli", "cannot write to standard output: %1")
                .arg(systemError(errnum))};
    }
}

void printOut(const QString &text)
{
    printOut(text.toUtf8());
}

void printErr(const QString &text)
{
    // Messages quote names and values from the map: no control sequences
    // reach the terminal, only OrgMap's own line breaks.
    const QByteArray bytes = escapeControls(text, true).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void printNotes(const QStringList &notes)
{
    for (const QString &note : notes)
        printErr(QStringLiteral("orgmap-cli: %1\n").arg(note));
}

bool stdoutIsColourTerminal()
{
    // https://no-color.org: NO_COLOR set to anything disables colour.
    return ::isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR") &&
           qgetenv("TERM") != "dumb";
}

} // namespace OrgMap::Cli
