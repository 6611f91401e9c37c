#include "core/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OrgMap {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::MapFile)
};

// NAME_MAX of every file system OrgMap is used on.
constexpr qsizetype kMaxNameBytes = 255;
// ".<name>." + 6 random characters + ".tmp"
constexpr qsizetype kTempOverhead = 1 + 1 + 6 + 4;

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// `name` shortened at a character boundary (never inside a surrogate pair or
// a multi-byte UTF-8 sequence) so that its encoded form has at most `bytes`
// bytes: a name of 80 CJK characters is 240 bytes, 80 UTF-16 units.
QString cutToBytes(const QString &name, qsizetype bytes)
{
    QString cut = name;
    while (encoded(cut).size() > bytes) {
        qsizetype end = cut.size() - 1;
        if (end > 0 && cut.at(end).isLowSurrogate() && cut.at(end - 1).isHighSurrogate())
            --end;
        cut.truncate(end);
    }
    return cut;
}

// What kind of non-regular file `mode` is, for the refusal message.
QString whatIs(mode_t mode)
{
    if (S_ISDIR(mode))
        return Text::tr("it is a folder");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return Text::tr("it is a device, not a regular file");
    if (S_ISFIFO(mode))
        return Text::tr("it is a pipe (FIFO), not a regular file");
    if (S_ISSOCK(mode))
        return Text::tr("it is a socket, not a regular file");
    return Text::tr("it is not a regular file");
}

bool writeAll(int fd, const char *data, qsizetype size, int *errnum)
{
    while (size > 0) {
        const ssize_t n = ::write(fd, data, size_t(size));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            *errnum = errno;
            return false;
        }
        data += n;
        size -= n;
    }
    return true;
}

void syncDirectory(const QString &dir)
{
    const int fd = ::open(encoded(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

} // namespace

QString systemError(int errnum)
{
    return QString::fromLocal8Bit(std::strerror(errnum));
}

AtomicFile::AtomicFile(const QString &path) : m_path(path), m_targetPath(path) {}

AtomicFile::~AtomicFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
    if (!m_committed && !m_tempPath.isEmpty())
        ::unlink(encoded(m_tempPath).constData());
}

bool AtomicFile::fail(QString *error, const QString &why)
{
    if (error)
        *error = Text::tr("cannot save %1: %2").arg(QDir::toNativeSeparators(m_path), why);
    return false;
}

bool AtomicFile::begin(QString *error)
{
    // Saving through a symbolic link replaces the file it points to and keeps
    // the link.
    struct stat st;
    if (::lstat(encoded(m_path).constData(), &st) == 0 && S_ISLNK(st.st_mode)) {
        if (::stat(encoded(m_path).constData(), &st) != 0)
            return fail(error,
                        Text::tr("it is a link to %1, which does not exist")
                            .arg(QDir::toNativeSeparators(QFileInfo(m_path).symLinkTarget())));
        m_targetPath = QFileInfo(m_path).canonicalFilePath();
    }
    const QByteArray target = encoded(m_targetPath);
    if (::stat(target.constData(), &st) == 0) {
        if (!S_ISREG(st.st_mode))
            return fail(error, whatIs(st.st_mode));
        // No write bit for anyone counts even for root, who may write anyway:
        // read-only is the owner's decision, for either format.
        if ((st.st_mode & 0222) == 0 || ::access(target.constData(), W_OK) != 0)
            return fail(error, Text::tr("the file is read-only"));
        m_targetExists = true;
    } else if (errno != ENOENT) {
        return fail(error, systemError(errno));
    }

    const QFileInfo info(m_targetPath);
    const QString dir = info.absolutePath();
    const QString prefix = QLatin1Char('.') +
                           cutToBytes(info.fileName(), kMaxNameBytes - kTempOverhead) +
                           QLatin1Char('.');
    cleanStaleTempFiles(dir, prefix);

    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    for (int attempt = 0; attempt < 100; ++attempt) {
        QString suffix;
        for (int i = 0; i < 6; ++i)
            suffix += QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]);
        const QString path = dir + QLatin1Char('/') + prefix + suffix + QLatin1String(".tmp");
        const QByteArray name = encoded(path);
        // O_EXCL: never reuse a file someone else just created.
        const int fd = ::open(name.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return fail(error, Text::tr("cannot create a temporary file in %1: %2")
                                   .arg(QDir::toNativeSeparators(dir), systemError(errno)));
        }
        // The lock says "a save is writing this file" for as long as this
        // process lives; cleanStaleTempFiles() of another save skips it. A
        // cleaner may have removed the name between open() and flock():
        // then the name no longer refers to our file and we try again.
        struct stat mine, named;
        if (::flock(fd, LOCK_EX | LOCK_NB) != 0 || ::fstat(fd, &mine) != 0 ||
            ::stat(name.constData(), &named) != 0 || mine.st_ino != named.st_ino) {
            ::close(fd);
            continue;
        }
        m_fd = fd;
        m_tempPath = path;
        return true;
    }
    return fail(error, Text::tr("no free temporary file name in %1").arg(dir));
}

void AtomicFile::cleanStaleTempFiles(const QString &dir, const QString &prefix)
{
    // ".<name>.XXXXXX.tmp" of earlier saves that were killed: nobody holds
    // their lock any more (the kernel drops it with the process).
    const QStringList candidates =
        QDir(dir).entryList({prefix + QLatin1String("??????.tmp")}, QDir::Files | QDir::Hidden);
    for (const QString &name : candidates) {
        const QByteArray path = encoded(dir + QLatin1Char('/') + name);
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(path.constData());
        ::close(fd);
    }
}

bool AtomicFile::write(const QByteArray &bytes, QString *error)
{
    int errnum = 0;
    if (m_fd < 0 || !writeAll(m_fd, bytes.constData(), bytes.size(), &errnum))
        return fail(error, systemError(m_fd < 0 ? EBADF : errnum));
    return true;
}

bool AtomicFile::commit(QString *error)
{
    if (m_fd < 0)
        return fail(error, systemError(EBADF));
    // The data must be on the disk before the rename publishes the name.
    if (::fsync(m_fd) != 0)
        return fail(error, Text::tr("cannot flush to disk: %1").arg(systemError(errno)));
    const QByteArray target = encoded(m_targetPath);
    struct stat old;
    if (m_targetExists && ::stat(target.constData(), &old) == 0) {
        // Keep what the replaced file had: permissions, and the group where
        // we may set it (the temporary file got the umask and our group).
        ::fchmod(m_fd, old.st_mode & 07777);
        if (::fchown(m_fd, uid_t(-1), old.st_gid) != 0) {
            // Not a member of that group: the file keeps ours.
        }
    }
    // A sidecar of the old file must not be applied to the new one (SQLite
    // replays any "-wal" or hot "-journal" it finds beside a database).
    // Removed before the rename, so that a crash in between cannot pair them,
    // and the new file never sees them.
    for (const QString &suffix : std::as_const(m_sidecarSuffixes)) {
        const QString sidecar = m_targetPath + suffix;
        if (::unlink(encoded(sidecar).constData()) == 0)
            m_notes << Text::tr("removed %1, which belonged to the replaced file")
                           .arg(QDir::toNativeSeparators(sidecar));
    }
    if (::rename(encoded(m_tempPath).constData(), target.constData()) != 0)
        return fail(error, Text::tr("cannot replace the file: %1").arg(systemError(errno)));
    m_committed = true;
    ::close(m_fd); // drops the lock
    m_fd = -1;
    syncDirectory(QFileInfo(m_targetPath).absolutePath());
    return true;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, QString *error)
{
    AtomicFile file(path);
    return file.begin(error) && file.write(bytes, error) && file.commit(error);
}

} // namespace OrgMap
