#include "savedviews.h"

#include "core/rules.h"
#include "core/scenario.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <cmath>

namespace OrgMap {

namespace {

class ViewsTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::Views)
};

QString typeOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return ViewsTr::tr("null");
    case QJsonValue::Bool:
        return ViewsTr::tr("a boolean");
    case QJsonValue::Double:
        return ViewsTr::tr("a number");
    case QJsonValue::String:
        return ViewsTr::tr("a string");
    case QJsonValue::Array:
        return ViewsTr::tr("an array");
    case QJsonValue::Object:
        return ViewsTr::tr("an object");
    default:
        return ViewsTr::tr("nothing");
    }
}

QString must(const QString &what, const QJsonValue &v)
{
    return ViewsTr::tr("must be %1, not %2").arg(what, typeOf(v));
}

QString child(const QString &pointer, const QString &key)
{
    QString token = key;
    token.replace(QLatin1Char('~'), QLatin1String("~0"))
        .replace(QLatin1Char('/'), QLatin1String("~1"));
    return pointer + QLatin1Char('/') + token;
}

QString child(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

// Reports keys that are neither `allowed` nor x- extension keys.
void checkKeys(const QJsonObject &object, std::initializer_list<const char *> allowed,
               const QString &pointer, QList<Views::Problem> &problems)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        if (key.startsWith(QLatin1String("x-")))
            continue;
        bool known = false;
        for (const char *a : allowed)
            known = known || key == QLatin1String(a);
        if (!known)
            problems.append(
                {child(pointer, key),
                 ViewsTr::tr("unknown key \"%1\" (extension keys must start with \"x-\")")
                     .arg(key)});
    }
}

void checkId(const QJsonValue &v, const QString &pointer, QList<Views::Problem> &problems)
{
    if (!v.isString())
        problems.append({pointer, must(ViewsTr::tr("an id string"), v)});
    else if (!Rules::isValidId(v.toString()))
        problems.append(
            {pointer, ViewsTr::tr("\"%1\" is not a valid id (1 to %2 of A-Z a-z 0-9 . _ : -)")
                          .arg(v.toString())
                          .arg(Rules::kMaxIdLength)});
}

void checkCamera(const QJsonValue &v, const QString &pointer, QList<Views::Problem> &problems)
{
    if (!v.isObject()) {
        problems.append({pointer, must(ViewsTr::tr("an object {x, y, w, h}"), v)});
        return;
    }
    const QJsonObject camera = v.toObject();
    checkKeys(camera, {"x", "y", "w", "h"}, pointer, problems);
    for (const char *key : {"x", "y", "w", "h"}) {
        const QString at = child(pointer, QLatin1String(key));
        const QJsonValue n = camera.value(QLatin1String(key));
        if (n.isUndefined())
            problems.append({at, ViewsTr::tr("missing (a camera has x, y, w and h)")});
        else if (!n.isDouble())
            problems.append({at, must(ViewsTr::tr("a number"), n)});
        else if (!Rules::isWithinCoordinateBound(n.toDouble()))
            problems.append({at, ViewsTr::tr("out of range (at most %1 either way)")
                                     .arg(Rules::kMaxCoordinate, 0, 'g', 3)});
        else if ((key[0] == 'w' || key[0] == 'h') && !(n.toDouble() > 0))
            problems.append({at, ViewsTr::tr("must be greater than 0")});
    }
}

void checkView(const QJsonValue &v, const QString &pointer, QStringList &names,
               QList<Views::Problem> &problems)
{
    if (!v.isObject()) {
        problems.append({pointer, must(ViewsTr::tr("a view object"), v)});
        return;
    }
    const QJsonObject view = v.toObject();
    checkKeys(view, {"name", "camera", "highlight", "spotlight", "reveal"}, pointer, problems);

    const QString namePointer = child(pointer, QLatin1String("name"));
    const QJsonValue name = view.value(QLatin1String("name"));
    if (name.isUndefined())
        problems.append({namePointer, ViewsTr::tr("missing (every view has a name)")});
    else if (!name.isString())
        problems.append({namePointer, must(ViewsTr::tr("a string"), name)});
    else if (!Rules::isValidName(name.toString()))
        problems.append(
            {namePointer, ViewsTr::tr("must be 1 to %1 characters").arg(Rules::kMaxNameLength)});
    else if (Scenarios::indexOf(names, name.toString()) >= 0)
        problems.append({namePointer, ViewsTr::tr("another view is called \"%1\" (view names are "
                                                  "unique ignoring case)")
                                          .arg(name.toString())});
    else
        names.append(name.toString());

    const QJsonValue camera = view.value(QLatin1String("camera"));
    if (camera.isUndefined())
        problems.append({child(pointer, QLatin1String("camera")),
                         ViewsTr::tr("missing (every view has a camera rectangle)")});
    else
        checkCamera(camera, child(pointer, QLatin1String("camera")), problems);

    const QJsonValue highlight = view.value(QLatin1String("highlight"));
    if (!highlight.isUndefined()) {
        const QString at = child(pointer, QLatin1String("highlight"));
        if (!highlight.isString())
            problems.append({at, must(ViewsTr::tr("a string"), highlight)});
        else if (!Views::highlightNames().contains(highlight.toString()))
            problems.append({at, ViewsTr::tr("unknown highlight \"%1\" (one of %2)")
                                     .arg(highlight.toString(),
                                          Views::highlightNames().join(QLatin1String(", ")))});
    }

    const QJsonValue spotlight = view.value(QLatin1String("spotlight"));
    if (!spotlight.isUndefined())
        checkId(spotlight, child(pointer, QLatin1String("spotlight")), problems);

    const QJsonValue reveal = view.value(QLatin1String("reveal"));
    if (reveal.isUndefined())
        return;
    const QString revealPointer = child(pointer, QLatin1String("reveal"));
    if (!reveal.isArray()) {
        problems.append({revealPointer, must(ViewsTr::tr("an array of steps"), reveal)});
        return;
    }
    const QJsonArray steps = reveal.toArray();
    for (qsizetype s = 0; s < steps.size(); ++s) {
        const QString stepPointer = child(revealPointer, s);
        if (!steps.at(s).isArray()) {
            problems.append(
                {stepPointer, must(ViewsTr::tr("an array of domain ids"), steps.at(s))});
            continue;
        }
        const QJsonArray ids = steps.at(s).toArray();
        if (ids.isEmpty())
            problems.append({stepPointer, ViewsTr::tr("a step reveals at least one domain")});
        for (qsizetype i = 0; i < ids.size(); ++i)
            checkId(ids.at(i), child(stepPointer, i), problems);
    }
}

// Camera numbers as the writer keeps geometry: 2 decimals, so that a view
// written, read and written again is the same bytes.
double rounded(double v)
{
    const double r = std::round(v * 100) / 100;
    return r == 0 ? 0.0 : r;
}

} // namespace

QStringList SavedView::revealedAt(int step) const
{
    QStringList ids;
    for (int s = 0; s <= step && s < reveal.size(); ++s)
        ids += reveal.at(s);
    return ids;
}

namespace Views {

const QStringList &highlightNames()
{
    static const QStringList names{QStringLiteral("none"), QStringLiteral("orphans"),
                                   QStringLiteral("coupling"), QStringLiteral("ownership")};
    return names;
}

QList<Problem> check(const Extensions &mapExtensions)
{
    QList<Problem> problems;
    const QJsonValue value = mapExtensions.value(kKey);
    if (value.isUndefined())
        return problems;
    const QString pointer = child(QString(), kKey);
    if (!value.isArray()) {
        problems.append({pointer, must(ViewsTr::tr("an array of views"), value)});
        return problems;
    }
    const QJsonArray views = value.toArray();
    QStringList names;
    for (qsizetype i = 0; i < views.size(); ++i)
        checkView(views.at(i), child(pointer, i), names, problems);
    return problems;
}

SavedViews read(const MapInfo &info)
{
    SavedViews views;
    if (!check(info.extensions).isEmpty())
        return views;
    const QJsonArray list = info.extensions.value(kKey).toArray();
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        SavedView view;
        view.name = o.value(QLatin1String("name")).toString();
        const QJsonObject c = o.value(QLatin1String("camera")).toObject();
        view.camera =
            QRectF(c.value(QLatin1String("x")).toDouble(), c.value(QLatin1String("y")).toDouble(),
                   c.value(QLatin1String("w")).toDouble(), c.value(QLatin1String("h")).toDouble());
        view.highlight = o.value(QLatin1String("highlight")).toString();
        if (view.highlight == QLatin1String("none"))
            view.highlight.clear();
        view.spotlight = o.value(QLatin1String("spotlight")).toString();
        for (const QJsonValue &step : o.value(QLatin1String("reveal")).toArray()) {
            QStringList ids;
            for (const QJsonValue &id : step.toArray())
                ids.append(id.toString());
            view.reveal.append(ids);
        }
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key().startsWith(QLatin1String("x-")))
                view.extensions.insert(it.key(), it.value());
        views.append(view);
    }
    return views;
}

QJsonValue toJson(const SavedViews &views)
{
    QJsonArray list;
    for (const SavedView &view : views) {
        QJsonObject o = view.extensions;
        o.insert(QLatin1String("name"), view.name);
        o.insert(QLatin1String("camera"),
                 QJsonObject{{QLatin1String("x"), rounded(view.camera.x())},
                             {QLatin1String("y"), rounded(view.camera.y())},
                             {QLatin1String("w"), rounded(view.camera.width())},
                             {QLatin1String("h"), rounded(view.camera.height())}});
        if (!view.highlight.isEmpty() && view.highlight != QLatin1String("none"))
            o.insert(QLatin1String("highlight"), view.highlight);
        if (!view.spotlight.isEmpty())
            o.insert(QLatin1String("spotlight"), view.spotlight);
        if (!view.reveal.isEmpty()) {
            QJsonArray steps;
            for (const QStringList &step : view.reveal)
                steps.append(QJsonArray::fromStringList(step));
            o.insert(QLatin1String("reveal"), steps);
        }
        list.append(o);
    }
    return list;
}

void write(MapInfo &info, const SavedViews &views)
{
    if (views.isEmpty())
        info.extensions.remove(kKey);
    else
        info.extensions.insert(kKey, toJson(views));
}

QStringList names(const SavedViews &views)
{
    QStringList list;
    for (const SavedView &view : views)
        list.append(view.name);
    return list;
}

qsizetype indexOf(const SavedViews &views, const QString &name)
{
    return Scenarios::indexOf(names(views), name);
}

QString uniqueName(const SavedViews &views, const QString &base)
{
    return Scenarios::uniqueName(base, names(views));
}

} // namespace Views
} // namespace OrgMap
