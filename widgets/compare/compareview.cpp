#include "compareview.h"

#include "comparelayer.h"
#include "document/document.h"
#include "layout/autolayout.h"
#include "mapitems.h"
#include "mapscene.h"
#include "mapview.h"
#include "metricspanel.h"
#include "theme.h"

#include <QAction>
#include <QEasingCurve>
#include <QLabel>
#include <QMouseEvent>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>
#include <QVariantAnimation>

namespace OrgMap {

namespace {

constexpr int kFlipMs = 400;

// The canvas of the compare view: zoom and pan as in the editor, no editing
// (no scene interaction: no drags, no rename, no creation menu, no drops).
class CompareMapView : public MapView
{
public:
    explicit CompareMapView(MapScene *scene, QWidget *parent) : MapView(scene, parent)
    {
        setInteractive(false);
        setAcceptDrops(false);
        setDragMode(QGraphicsView::ScrollHandDrag);
    }

protected:
    void mouseDoubleClickEvent(QMouseEvent *event) override { event->accept(); }
};

QRectF lerp(const QRectF &a, const QRectF &b, double t)
{
    return QRectF(a.x() + (b.x() - a.x()) * t, a.y() + (b.y() - a.y()) * t,
                  a.width() + (b.width() - a.width()) * t,
                  a.height() + (b.height() - a.height()) * t);
}

MapData laidOut(const MapData &map)
{
    return needsLayout(map) ? withLayout(map, LayoutScope::MissingOnly) : map;
}

// A map without geometry (both sides of a hand-written pair) would be laid out
// afresh and everything would glide: what keeps its container keeps its place
// from the older side; the rest is laid out as opening does.
MapData withPlacesFrom(MapData map, const MapData &older)
{
    for (Domain &d : map.domains)
        if (const auto o = older.domains.constFind(d.id);
            !d.geometry && o != older.domains.cend() && o->parent == d.parent)
            d.geometry = o->geometry;
    for (Team &t : map.teams)
        if (const auto o = older.teams.constFind(t.id); !t.geometry && o != older.teams.cend())
            t.geometry = o->geometry;
    for (Asset &a : map.assets)
        if (const auto o = older.assets.constFind(a.id);
            !a.geometry && o != older.assets.cend() && o->domain == a.domain)
            a.geometry = o->geometry;
    return map;
}

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_document(new Document(this)), m_scene(new MapScene(m_document, this)),
      m_view(new CompareMapView(m_scene, this)), m_layer(new CompareLayer(m_scene)),
      m_metrics(new MetricsPanel(this)), m_tabs(new QTabWidget(this)),
      m_toolBar(new QToolBar(this)), m_header(new QLabel(this)), m_state(new QLabel(this)),
      m_animation(new QVariantAnimation(this))
{
    setObjectName(u"compareView"_qs);
    m_view->setObjectName(u"compareMapView"_qs);
    m_scene->setInteractiveMenus(false);
    m_scene->setShowLegend(false);
    m_scene->addItem(m_layer);
    m_layer->setFocusSubject(-1);

    m_toolBar->setObjectName(u"compareToolBar"_qs);
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_toggleAction = m_toolBar->addAction(tr("Show &Before"));
    m_toggleAction->setObjectName(u"actionCompareBeforeAfter"_qs);
    m_toggleAction->setCheckable(true);
    m_toggleAction->setShortcut(QKeySequence(Qt::Key_Space));
    m_toggleAction->setToolTip(tr("Flip between the older and the newer map (Space)"));
    connect(m_toggleAction, &QAction::triggered, this, [this](bool on) { setShowBefore(on); });
    m_swapAction = m_toolBar->addAction(tr("S&wap Sides"));
    m_swapAction->setObjectName(u"actionCompareSwap"_qs);
    m_swapAction->setToolTip(tr("Make the older map the newer one"));
    connect(m_swapAction, &QAction::triggered, this, &CompareView::swapSides);
    m_fitAction = m_toolBar->addAction(tr("&Fit"));
    m_fitAction->setObjectName(u"actionCompareFit"_qs);
    connect(m_fitAction, &QAction::triggered, m_view, &MapView::zoomToFit);
    m_exportAction = m_toolBar->addAction(tr("&Export Metrics PNG…"));
    m_exportAction->setObjectName(u"actionCompareExportMetrics"_qs);
    connect(m_exportAction, &QAction::triggered, this, &CompareView::exportMetricsRequested);
    m_toolBar->addSeparator();
    m_leaveAction = m_toolBar->addAction(tr("&Leave Compare"));
    m_leaveAction->setObjectName(u"actionLeaveCompare"_qs);
    m_leaveAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leaveAction->setToolTip(tr("Back to editing (Esc)"));
    connect(m_leaveAction, &QAction::triggered, this, &CompareView::leaveRequested);

    m_header->setObjectName(u"compareHeader"_qs);
    m_header->setTextFormat(Qt::RichText);
    m_header->setWordWrap(true);
    m_state->setObjectName(u"compareState"_qs);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.35);
    big.setBold(true);
    m_state->setFont(big);
    m_state->setAlignment(Qt::AlignRight | Qt::AlignVCenter);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(8, 2, 8, 2);
    top->addWidget(m_header, 1);
    top->addWidget(m_state);
    m_tabs->setObjectName(u"compareTabs"_qs);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_view, tr("Map"));
    m_tabs->addTab(m_metrics, tr("Metrics"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_toolBar);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);

    m_animation->setDuration(kFlipMs);
    m_animation->setEasingCurve(QEasingCurve::InOutCubic);
    connect(m_animation, &QVariantAnimation::valueChanged, this,
            [this](const QVariant &v) { applyProgress(v.toDouble()); });
}

CompareView::~CompareView()
{
    // The layer reads the scene's items while it is destroyed: it goes first.
    m_scene->removeItem(m_layer);
    delete m_layer;
}

const QList<CompareSubject> &CompareView::subjects() const
{
    return m_layer->subjects();
}

void CompareView::setMaps(const MapData &oldMap, const QString &oldLabel, const MapData &newMap,
                          const QString &newLabel)
{
    m_animation->stop();
    m_before = false;
    m_oldLook = false;
    m_progress = 0;
    m_toggleAction->setChecked(false);
    m_old = laidOut(oldMap);
    m_new = laidOut(withPlacesFrom(newMap, m_old));
    m_oldLabel = oldLabel;
    m_newLabel = newLabel;
    m_diff = diffMaps(m_old, m_new);
    // A reset clears the scene: the layer steps out and back in.
    m_scene->removeItem(m_layer);
    m_document->reset(m_new);
    m_scene->addItem(m_layer);

    // Where everything was: node centres keep the body of their item (a new
    // kind changes the size, not the place); removed ones are measured by a
    // detached item of the canvas, so ghosts have the size they had.
    m_moves.clear();
    m_added.clear();
    m_restyled.clear();
    m_beforeRects.clear();
    for (const Domain &d : std::as_const(m_old.domains))
        if (d.geometry)
            m_beforeRects.insert(d.id.str(), d.geometry->rect());
    auto nodeBefore = [this](const QString &id, const std::optional<Geometry> &g,
                             auto &&configure) {
        if (!g)
            return;
        QRectF body;
        if (auto *item = qgraphicsitem_cast<NodeItem *>(m_scene->itemForId(id))) {
            body = item->bodyRect();
        } else {
            NodeItem probe(id, &m_scene->theme());
            configure(probe);
            body = probe.bodyRect();
        }
        m_beforeRects.insert(id, body.translated(g->pos()));
    };
    for (const Team &t : std::as_const(m_old.teams))
        nodeBefore(t.id.str(), t.geometry, [&t](NodeItem &probe) { probe.setTeam(t); });
    for (const Asset &a : std::as_const(m_old.assets))
        nodeBefore(a.id.str(), a.geometry, [this, &a](NodeItem &probe) {
            const auto owner = m_old.teams.constFind(a.owner);
            probe.setAsset(a, owner == m_old.teams.cend() ? nullptr : &*owner);
        });
    auto track = [this](const QString &id, bool domain, bool inOld, bool differs) {
        if (!inOld) {
            m_added << id;
            return;
        }
        if (differs)
            m_restyled << id;
        const QRectF before = m_beforeRects.value(id);
        const QRectF after = m_scene->rectForId(id);
        if (!before.isNull() && !after.isNull() && before != after)
            m_moves.append({id, domain, before, after});
    };
    for (const Domain &d : std::as_const(m_new.domains)) {
        const auto o = m_old.domains.constFind(d.id);
        track(d.id.str(), true, o != m_old.domains.cend(),
              o != m_old.domains.cend() && (o->name != d.name || o->owner != d.owner));
    }
    for (const Team &t : std::as_const(m_new.teams)) {
        const auto o = m_old.teams.constFind(t.id);
        track(t.id.str(), false, o != m_old.teams.cend(),
              o != m_old.teams.cend() && (o->name != t.name || o->type != t.type));
    }
    for (const Asset &a : std::as_const(m_new.assets)) {
        const auto o = m_old.assets.constFind(a.id);
        track(a.id.str(), false, o != m_old.assets.cend(),
              o != m_old.assets.cend() &&
                  (o->name != a.name || o->owner != a.owner || o->kind != a.kind));
    }

    m_layer->setSubjects(compareSubjects(m_old, m_new, m_diff), m_beforeRects);
    m_metrics->setDiff(m_diff, m_old, m_new, m_oldLabel, m_newLabel);
    updateHeader();
    if (isVisible())
        m_view->zoomToFit();
    emit mapsChanged();
}

void CompareView::swapSides()
{
    const MapData oldMap = m_old;
    const MapData newMap = m_new;
    const QString oldLabel = m_oldLabel;
    const QString newLabel = m_newLabel;
    setMaps(newMap, newLabel, oldMap, oldLabel);
}

QRectF CompareView::beforeRect(const QString &id) const
{
    return m_beforeRects.value(id);
}

QRectF CompareView::afterRect(const QString &id) const
{
    for (const Move &m : m_moves)
        if (m.id == id)
            return m.after;
    return m_scene->rectForId(id);
}

bool CompareView::isAnimating() const
{
    return m_animation->state() == QAbstractAnimation::Running;
}

void CompareView::setShowBefore(bool before, bool animate)
{
    m_before = before;
    m_toggleAction->setChecked(before);
    m_animation->stop();
    const double target = before ? 1.0 : 0.0;
    if (!animate || qFuzzyCompare(m_progress + 1, target + 1)) {
        applyProgress(target);
    } else {
        m_animation->setStartValue(m_progress);
        m_animation->setEndValue(target);
        m_animation->setDuration(int(kFlipMs * std::abs(target - m_progress)));
        m_animation->start();
    }
    updateHeader();
}

void CompareView::applyProgress(double progress)
{
    m_progress = progress;
    for (const Move &m : std::as_const(m_moves)) {
        QGraphicsItem *item = m_scene->itemForId(m.id);
        const QRectF r = lerp(m.after, m.before, progress);
        if (auto *domain = qgraphicsitem_cast<DomainItem *>(item))
            domain->setSceneRect(r);
        else if (auto *node = qgraphicsitem_cast<NodeItem *>(item))
            node->setPos(r.center() - node->bodyRect().center());
    }
    for (const QString &id : std::as_const(m_added))
        if (QGraphicsItem *item = m_scene->itemForId(id))
            item->setOpacity(1.0 - 0.8 * progress);
    // Names, owners and kinds switch halfway through the glide.
    const bool oldLook = progress > 0.5;
    if (oldLook != m_oldLook) {
        m_oldLook = oldLook;
        const MapData &look = oldLook ? m_old : m_new;
        for (const QString &id : std::as_const(m_restyled)) {
            QGraphicsItem *item = m_scene->itemForId(id);
            if (auto *domain = qgraphicsitem_cast<DomainItem *>(item)) {
                const QRectF rect = domain->sceneRect();
                domain->setDomain(look.domains.value(DomainId(id)), domain->depth(), rect);
            } else if (auto *node = qgraphicsitem_cast<NodeItem *>(item)) {
                if (node->isTeam()) {
                    node->setTeam(look.teams.value(TeamId(id)));
                } else {
                    const Asset a = look.assets.value(AssetId(id));
                    const auto owner = look.teams.constFind(a.owner);
                    node->setAsset(a, owner == look.teams.cend() ? nullptr : &*owner);
                }
            }
        }
    }
    m_scene->refreshLayers();
    m_layer->setProgress(progress);
    m_layer->itemsMoved();
}

void CompareView::updateHeader()
{
    m_header->setText(
        tr("<b>Comparing</b> %1 <b>\u2192</b> %2 &nbsp;·&nbsp; %n change(s) &nbsp;·&nbsp; "
           "<i>read-only</i>",
           nullptr, int(m_diff.changes.size()))
            .arg(m_oldLabel.toHtmlEscaped(), m_newLabel.toHtmlEscaped()));
    m_state->setText(m_before ? tr("BEFORE: %1").arg(m_oldLabel) : tr("AFTER: %1").arg(m_newLabel));
    m_toggleAction->setText(m_before ? tr("Show &After") : tr("Show &Before"));
}

void CompareView::focusSubject(int subject)
{
    const QList<CompareSubject> &all = subjects();
    if (subject < 0 || subject >= all.size())
        return;
    showCanvas();
    const CompareSubject &s = all.at(subject);
    m_layer->setFocusSubject(subject);
    const bool present = m_new.containsId(s.key.id);
    if (s.key.entity == DiffEntity::Link && s.op != DiffOp::Remove) {
        const auto kind = linkKindFromString(s.key.kind);
        if (kind)
            m_scene->selectLinks({LinkKey{AssetId(s.key.from), AssetId(s.key.to), *kind}}, {});
    } else if (s.key.entity == DiffEntity::Interaction && s.op != DiffOp::Remove) {
        const auto mode = interactionModeFromString(s.key.kind);
        if (mode)
            m_scene->selectLinks({}, {InteractionKey{TeamId(s.key.from), TeamId(s.key.to), *mode}});
    } else if (present && s.op != DiffOp::Remove) {
        m_scene->selectIds({s.key.id});
    } else {
        m_scene->selectIds({});
    }
    const QRectF r = m_layer->subjectRect(subject);
    if (!r.isNull())
        m_view->centerOn(r.center());
}

void CompareView::showCanvas()
{
    m_tabs->setCurrentWidget(m_view);
}

void CompareView::showMetrics()
{
    m_tabs->setCurrentWidget(m_metrics);
}

} // namespace OrgMap
