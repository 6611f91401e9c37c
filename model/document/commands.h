#pragma once

#include "mappatch.h"

#include <QUndoCommand>

namespace OrgMap {

class Document;

// Merge ids of the commands that merge, in one place.
enum class MergeId
{
    ChangeEntity = 1
};

// Every edit of a map is a patch applied through the document. The verb+noun
// commands below only decide how a patch is built and named.
class PatchCommand : public QUndoCommand
{
public:
    PatchCommand(Document *document, MapPatch patch, const QString &text);
    void redo() override;
    void undo() override;
    const MapPatch &patch() const { return m_patch; }

protected:
    Document *m_document; // the document owns the stack that owns this command
    MapPatch m_patch;
    // The scenario the patch belongs to (ScenarioHolder key): undo and redo
    // show it first, so no step changes a scenario the user is not looking at.
    int m_scenarioKey;
};

// A value change of one or more entities. With a merge key, consecutive
// changes with the same key merge, and the merged command becomes obsolete
// when the value has returned to where it started.
class ChangeEntity : public PatchCommand
{
public:
    ChangeEntity(Document *document, MapPatch patch, const QString &text, QString mergeKey);
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    static bool isNoOp(const MapPatch &patch);
    QString m_mergeKey;
};

} // namespace OrgMap
