#pragma once

#include <QString>
#include <QStringList>

namespace OrgMap {

// Every file below `folder` whose name ends in one of `suffixes`, sorted by path
// so that the reading order (and so which duplicate wins) is reproducible.
QStringList filesBelow(const QString &folder, const QStringList &suffixes);

// A Location target relative to (or, when absolute, regardless of) `baseDir`:
// the files it names, with `*` (within a folder) and `**` (any folders) globs
// expanded, sorted. Empty when nothing exists there.
QStringList resolveLocationTarget(const QString &baseDir, const QString &target);

// True for targets that are URLs (`url:`, `http://`, `https://`): not fetched.
bool isUrlTarget(const QString &target);

} // namespace OrgMap
