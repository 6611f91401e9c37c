#pragma once

// Shared by the GUI tests: a small sample map and a helper to answer the next
// modal dialog (message boxes, the connect dialog) from inside exec().
#include "core/mapdata.h"

#include <QApplication>
#include <QFileDialog>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QWidget>
#include <functional>

namespace OrgMap::TestUtil {

inline MapData sampleMap()
{
    MapData m;
    m.info.name = u"Sample"_qs;
    m.domains.insert(DomainId(u"d-sales"_qs), {DomainId(u"d-sales"_qs),
                                               u"Sales"_qs,
                                               {},
                                               TeamId(u"t-a"_qs),
                                               {},
                                               u"#336699"_qs,
                                               Geometry{0, 0, 600, 400, {}},
                                               {}});
    m.domains.insert(DomainId(u"d-shop"_qs), {DomainId(u"d-shop"_qs),
                                              u"Shop"_qs,
                                              DomainId(u"d-sales"_qs),
                                              {},
                                              {},
                                              {},
                                              Geometry{300, 60, 280, 300, {}},
                                              {}});
    m.domains.insert(DomainId(u"d-ops"_qs), {DomainId(u"d-ops"_qs),
                                             u"Operations"_qs,
                                             {},
                                             {},
                                             {},
                                             {},
                                             Geometry{800, 0, 400, 300, {}},
                                             {}});
    m.teams.insert(TeamId(u"t-a"_qs), {TeamId(u"t-a"_qs),
                                       u"Team A"_qs,
                                       TeamType::StreamAligned,
                                       {},
                                       Geometry{100, 600, 0, 0, {}},
                                       {}});
    m.teams.insert(TeamId(u"t-b"_qs), {TeamId(u"t-b"_qs),
                                       u"Team B"_qs,
                                       TeamType::Platform,
                                       {},
                                       Geometry{400, 600, 0, 0, {}},
                                       {}});
    auto asset = [&](const QString &id, AssetKind kind, const QString &domain, const QString &owner,
                     QPointF pos) {
        Asset a;
        a.id = AssetId(id);
        a.kind = kind;
        a.name = id.mid(id.indexOf(QLatin1Char('-')) + 1);
        a.domain = DomainId(domain);
        a.owner = TeamId(owner);
        a.geometry = Geometry::at(pos);
        m.assets.insert(a.id, a);
    };
    asset(u"s-orders"_qs, AssetKind::Service, u"d-sales"_qs, u"t-a"_qs, {120, 120});
    asset(u"s-cart"_qs, AssetKind::Service, u"d-shop"_qs, u"t-b"_qs, {440, 160});
    asset(u"dp-customers"_qs, AssetKind::DataProduct, u"d-sales"_qs, u"t-b"_qs, {120, 300});
    asset(u"s-loose"_qs, AssetKind::Service, {}, {}, {1400, 500});
    auto link = [&](const QString &from, const QString &to, LinkKind kind) {
        Link l{{AssetId(from), AssetId(to), kind}, {}, {}};
        m.links.insert(l.key, l);
    };
    link(u"s-orders"_qs, u"dp-customers"_qs, LinkKind::Data);
    link(u"s-cart"_qs, u"s-orders"_qs, LinkKind::Api);
    Interaction i{{TeamId(u"t-a"_qs), TeamId(u"t-b"_qs), InteractionMode::XAsAService}, {}};
    m.interactions.insert(i.key, i);
    return m;
}

// Calls `answer` with the next modal widget as soon as it is shown.
inline void onNextModal(std::function<void(QWidget *)> answer)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, [timer, answer] {
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            answer(modal);
        }
    });
    timer->start();
}

// Answers the next save dialog (Qt's own: the offscreen platform has no
// native one) with `name` typed in its folder; `proposed` gets the path it
// proposed.
inline void answerSaveDialog(const QString &name, QString *proposed)
{
    onNextModal([name, proposed](QWidget *modal) {
        auto *dialog = qobject_cast<QFileDialog *>(modal);
        QVERIFY(dialog);
        *proposed = dialog->selectedFiles().value(0);
        // Typed once the dialog has listed its folder (that resets the field).
        QTimer::singleShot(300, dialog, [dialog, name] {
            if (auto *edit = dialog->findChild<QLineEdit *>(u"fileNameEdit"_qs))
                edit->setText(name);
            QMetaObject::invokeMethod(dialog, "accept");
        });
    });
}

} // namespace OrgMap::TestUtil
