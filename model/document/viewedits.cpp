#include "viewedits.h"

#include "core/rules.h"
#include "document.h"

#include <QCoreApplication>

namespace OrgMap::ViewEdits {

namespace {

class ViewEditsTr
{
    Q_DECLARE_TR_FUNCTIONS(OrgMap::ViewEdits)
};

bool store(Document &document, const SavedViews &views, const QString &text)
{
    MapInfo info = document.data().info;
    Views::write(info, views);
    return document.changeInfo(info, text);
}

} // namespace

SavedViews views(const Document &document)
{
    return Views::read(document.data().info);
}

qsizetype add(Document &document, SavedView view)
{
    SavedViews list = views(document);
    view.name = Views::uniqueName(list, view.name.trimmed().isEmpty() ? ViewEditsTr::tr("View")
                                                                      : view.name.trimmed());
    if (!Rules::isValidName(view.name) || !(view.camera.width() > 0 && view.camera.height() > 0))
        return -1;
    list.append(view);
    if (!store(document, list, ViewEditsTr::tr("Add view \"%1\"").arg(view.name)))
        return -1;
    return list.size() - 1;
}

bool rename(Document &document, qsizetype index, const QString &name)
{
    SavedViews list = views(document);
    const QString trimmed = name.trimmed();
    if (index < 0 || index >= list.size() || !Rules::isValidName(trimmed))
        return false;
    const qsizetype other = Views::indexOf(list, trimmed);
    if (other >= 0 && other != index)
        return false;
    list[index].name = trimmed;
    return store(document, list, ViewEditsTr::tr("Rename view to \"%1\"").arg(trimmed));
}

bool move(Document &document, qsizetype from, qsizetype to)
{
    SavedViews list = views(document);
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to)
        return false;
    const QString name = list.at(from).name;
    list.move(from, to);
    return store(document, list, ViewEditsTr::tr("Move view \"%1\"").arg(name));
}

bool update(Document &document, qsizetype index, const SavedView &view)
{
    SavedViews list = views(document);
    if (index < 0 || index >= list.size() || !(view.camera.width() > 0 && view.camera.height() > 0))
        return false;
    SavedView updated = view;
    updated.name = list.at(index).name;
    list[index] = updated;
    return store(document, list, ViewEditsTr::tr("Update view \"%1\"").arg(updated.name));
}

bool remove(Document &document, qsizetype index)
{
    SavedViews list = views(document);
    if (index < 0 || index >= list.size())
        return false;
    const QString name = list.takeAt(index).name;
    return store(document, list, ViewEditsTr::tr("Delete view \"%1\"").arg(name));
}

} // namespace OrgMap::ViewEdits
