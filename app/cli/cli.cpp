#include "cli.h"

#include <QCoreApplication>
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
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text)
{
    printOut(text.toUtf8());
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

bool stdoutIsColourTerminal()
{
    // https://no-color.org: NO_COLOR set to anything disables colour.
    return ::isatty(fileno(stdout)) && qEnvironmentVariableIsEmpty("NO_COLOR") &&
           qgetenv("TERM") != "dumb";
}

} // namespace OrgMap::Cli
