#pragma once

#include <QString>
#include <memory>

class QLockFile;

namespace OrgMap {

// The lock a window holds on the map file it edits: a QLockFile beside it,
// ".<file name>.lock", with the owner's pid, host and program inside. A lock
// whose process has gone is stale and taken over; its age never counts.
class MapLock
{
public:
    enum class State
    {
        Locked,        // this object holds it
        HeldElsewhere, // another window or process has the file open
        Unavailable    // no lock can be made there (read-only folder, ...)
    };

    explicit MapLock(const QString &mapPath);
    ~MapLock(); // releases it

    State tryLock();
    // Who holds it: "process 1234 on host-a" (after tryLock() said HeldElsewhere).
    QString holder() const;
    static QString lockPathFor(const QString &mapPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace OrgMap
