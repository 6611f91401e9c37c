// `orgmap-cli merge BASE OURS THEIRS [-o OUT]` (merge-v1): the git merge
// driver. Writes the merged map as canonical JSON, whatever OUT is named,
// because git hands the driver extensionless temporary files.

#include "merge/merge.h"
#include "cli.h"
#include "core/atomicfile.h"
#include "maploading.h"
#include "json/jsonformat.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <future>

namespace OrgMap::Cli {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("OrgMap::Cli", text, disambiguation, n);
}

// Git passes an empty %O when both branches added the file: no base, so
// every entity counts as added on both sides.
MapData loadBase(const QString &path)
{
    const QFileInfo info(path);
    if (path != QLatin1String("-") && info.isFile() && info.size() == 0)
        return {};
    return loadMapOrThrow(path);
}

class Report
{
public:
    explicit Report(std::initializer_list<const MapData *> maps) : m_maps(maps) {}

    // `a1 "Orders"`: the id with the name of the entity in any of the maps.
    QString entity(const EntryKey &key) const
    {
        if (key.entity == DiffEntity::Map)
            return tr("map");
        if (!key.id.isEmpty())
            return toString(key.entity) + QLatin1Char(' ') + withName(key.id);
        return toString(key.entity) + QLatin1Char(' ') + withName(key.from) +
               QStringLiteral(" -> ") + withName(key.to) + QStringLiteral(" (%1)").arg(key.kind);
    }

    QString value(const QJsonValue &value) const
    {
        if (value.isNull() || value.isUndefined())
            return tr("(absent)");
        if (value.isString())
            return withName(value.toString());
        // Any JSON value, compact: wrapped in an array, which is then cut off.
        QByteArray text = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        text = text.mid(1, text.size() - 2);
        constexpr int kMax = 60;
        return text.size() > kMax ? QString::fromUtf8(text.left(kMax - 3)) + QStringLiteral("...")
                                  : QString::fromUtf8(text);
    }

    QString conflict(const MergeConflict &c) const
    {
        QString line = tr("conflict: %1").arg(entity(c.key));
        if (c.field == kWholeEntity)
            line += QLatin1String(": ") + cause(c.cause);
        else
            line +=
                QStringLiteral(" %1: base %2, ours %3, theirs %4 (%5)")
                    .arg(c.field, value(c.base), value(c.ours), value(c.theirs), cause(c.cause));
        return line + QLatin1Char('\n');
    }

private:
    static QString cause(ConflictCause cause)
    {
        switch (cause) {
        case ConflictCause::BothChanged:
            return tr("changed differently on both sides");
        case ConflictCause::RemovedAndChanged:
            return tr("removed on one side, changed on the other");
        case ConflictCause::IdClash:
            return tr("its id names another entity on the other side");
        case ConflictCause::KindMismatch:
            return tr("kind and data-product fields changed on different sides");
        case ConflictCause::DanglingReference:
            return tr("refers to an entity the merge removed");
        case ConflictCause::ParentCycle:
            return tr("the merged parents form a cycle");
        }
        return {};
    }

    QString withName(const QString &id) const
    {
        for (const MapData *map : m_maps) {
            const QString name = map->nameOf(id);
            if (!name.isEmpty() && name != id)
                return QStringLiteral("%1 \"%2\"").arg(id, name);
        }
        return id;
    }

    QList<const MapData *> m_maps;
};

} // namespace

int runMerge(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("BASE"), QStringLiteral("the common ancestor"));
    parser.addPositionalArgument(QStringLiteral("OURS"), QStringLiteral("our version"));
    parser.addPositionalArgument(QStringLiteral("THEIRS"), QStringLiteral("their version"));
    parser.addOption({{QStringLiteral("o"), QStringLiteral("output")},
                      QStringLiteral("where to write the merged map (default: over OURS)"),
                      QStringLiteral("OUT")});
    parseOrThrow(parser, arguments, QStringLiteral("merge"));
    const QStringList paths =
        positionals(parser, 3, QStringLiteral("merge BASE OURS THEIRS [-o OUT]"));
    const QString out = parser.isSet(QStringLiteral("output"))
                            ? parser.value(QStringLiteral("output"))
                            : paths.at(1);
    // Reading and validating dominates a large merge; the three files are
    // independent, so two are read on other threads. UsageError travels
    // through the futures.
    auto baseRead = std::async(std::launch::async, loadBase, paths.at(0));
    auto theirsRead =
        std::async(std::launch::async, [path = paths.at(2)] { return loadMapOrThrow(path); });
    MapData ours = loadMapOrThrow(paths.at(1));
    MapData base = baseRead.get();
    MapData theirs = theirsRead.get();
    MergeResult result = mergeMaps(base, ours, theirs);
    if (!result.internalErrors.isEmpty())
        throw UsageError{tr("merge: the merged map would be invalid (a bug): %1")
                             .arg(result.internalErrors.join(QStringLiteral("; ")))};

    const QByteArray bytes = writeMapJson(result.merged);
    QString error;
    if (out == QLatin1String("-"))
        printOut(bytes);
    else if (!writeFileAtomically(out, bytes, &error))
        throw UsageError{error};

    const Report report{&result.merged, &ours, &theirs, &base};
    QString text;
    if (result.earlierConflictsDropped > 0)
        text += tr("note: %n conflict(s) left by an earlier merge dropped\n", nullptr,
                   result.earlierConflictsDropped);
    for (const EntryKey &key : result.geometryFromOurs)
        text += tr("geometry: %1 moved on both sides; ours kept\n").arg(report.entity(key));
    for (const MergeConflict &conflict : result.conflicts)
        text += report.conflict(conflict);
    if (!result.conflicts.isEmpty())
        text += tr("%n conflict(s): ours kept, listed in \"x-orgmap-conflicts\" of %1\n", nullptr,
                   int(result.conflicts.size()))
                    .arg(out);
    printErr(text);
    const int status = result.conflicts.isEmpty() ? Ok : Findings;
    for (MapData *map : {&base, &ours, &theirs, &result.merged})
        keepUntilExit(std::move(*map));
    return status;
}

} // namespace OrgMap::Cli
