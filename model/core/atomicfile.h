#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace OrgMap {

// The one way OrgMap replaces a whole file (JSON and SQLite maps, PNG, SVG
// and JSON exports): write a temporary file beside the target, flush it to
// the disk, then rename it over the target, so that an interrupted or failed
// write leaves the previous file exactly as it was (docs/reliability.md).
//
// begin() refuses a target that is not a regular file (a folder, a device, a
// FIFO, a socket, a link to nothing) or is read-only, and removes the
// temporary files that earlier interrupted saves of the same file left
// behind. Messages are sentences naming the file and the system's reason
// ("No space left on device"), ready for the user.
class AtomicFile
{
public:
    explicit AtomicFile(const QString &path);
    ~AtomicFile(); // removes the temporary file unless commit() succeeded
    AtomicFile(const AtomicFile &) = delete;
    AtomicFile &operator=(const AtomicFile &) = delete;

    bool begin(QString *error);
    // The temporary file, created empty by begin(): write() into it, or let
    // another writer (SQLite) open it by name.
    QString tempPath() const { return m_tempPath; }
    bool write(const QByteArray &bytes, QString *error);
    // Files named <target><suffix> that belong to the file being replaced and
    // must not outlive it (SQLite's "-wal", "-shm", "-journal"): commit()
    // removes them and lists in notes() what it removed.
    void setSidecarSuffixes(const QStringList &suffixes) { m_sidecarSuffixes = suffixes; }
    // Syncs the temporary file, gives it the permissions of the file it
    // replaces and renames it over the target.
    bool commit(QString *error);
    // What commit() did beyond the save itself, one sentence each.
    QStringList notes() const { return m_notes; }

private:
    bool fail(QString *error, const QString &why);
    void cleanStaleTempFiles(const QString &dir, const QString &prefix);

    QString m_path;       // as given, for messages
    QString m_targetPath; // the file a symbolic link points to, else m_path
    QString m_tempPath;
    QStringList m_sidecarSuffixes;
    QStringList m_notes;
    int m_fd = -1;
    bool m_targetExists = false;
    bool m_committed = false;
};

// Writes `bytes` as the whole content of `path` through an AtomicFile.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error);

// The reason of the last failed system call (errno), as the system words it.
QString systemError(int errnum);

} // namespace OrgMap
