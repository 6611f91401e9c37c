// libFuzzer target: the SQLite reader on arbitrary bytes, through the same
// entry point the CLI and the GUI open files with (storage/mapfile.h). The
// bytes go to a file of this process's own in the temporary folder, and the
// file and any sidecar SQLite left beside it are removed after each input.
#include "storage/mapfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cstdint>

using namespace OrgMap;

namespace {

QString g_path;

void removeAll()
{
    for (const char *suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(g_path + QLatin1String(suffix));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a Qt plugin: the application object finds it.
    static QCoreApplication app(*argc, *argv);
    g_path = QDir::temp().filePath(
        QStringLiteral("orgmap-fuzz-%1.orgmap").arg(QCoreApplication::applicationPid()));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    removeAll();
    {
        QFile file(g_path);
        if (!file.open(QIODevice::WriteOnly) ||
            file.write(reinterpret_cast<const char *>(data), qint64(size)) != qint64(size))
            qFatal("fuzz_sqlite: cannot write %s", qPrintable(g_path));
    }
    (void)loadMapFile(g_path);
    removeAll();
    return 0;
}
