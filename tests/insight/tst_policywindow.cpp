// The editor applies the policy beside a map (docs/policy.md): findings,
// counts and Preferences follow it; a broken policy leaves the defaults.
#include "analysisrunner.h"
#include "document/document.h"
#include "findingsdock.h"
#include "findingsmodel.h"
#include "highlightlayer.h"
#include "mainwindow.h"
#include "mapscene.h"
#include "statussummary.h"

#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace OrgMap;

namespace {

// s-crm has no owner (unowned, an error by default); dp-orders, a data
// product, has no contract, port, tag, documentation or classification.
const QByteArray kMap = R"({"format": "orgmap", "version": 1, "name": "Policy test",
  "domains": [{"id": "d-sales", "name": "Sales", "owner": "t-sales"}],
  "teams": [{"id": "t-sales", "name": "Sales team"}],
  "assets": [
    {"id": "dp-orders", "kind": "data-product", "name": "Orders", "domain": "d-sales",
     "owner": "t-sales", "description": "Every order"},
    {"id": "s-crm", "kind": "service", "name": "CRM", "domain": "d-sales"}],
  "links": [{"from": "s-crm", "to": "dp-orders", "kind": "data"}]})";

const QByteArray kPolicy = R"({"format": "orgmap-policy", "version": 1, "rules": {
  "unowned": {"severity": "info"},
  "fair-interoperable": {"severity": "error"}}})";

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// "severity rule subject" for every row of the findings dock.
QStringList dockRows(MainWindow &window)
{
    const FindingsModel *model = window.findingsDock()->model();
    QStringList rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const Finding *f = model->findingAt(row);
        rows.append(toString(f->severity) + u' ' + toString(f->rule) + u' ' + f->subject);
    }
    return rows;
}

} // namespace

class TestPolicyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void policyBesideTheMapApplies();
    void folderPolicyIsFoundToo();
    void malformedPolicyKeepsDefaults();
    void chosenPolicyWins();

private:
    bool open(MainWindow &window, const QString &path);
    QTemporaryDir m_dir;
};

void TestPolicyWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
}

bool TestPolicyWindow::open(MainWindow &window, const QString &path)
{
    QStringList errors;
    if (!window.loadFile(path, &errors)) {
        qWarning("%s", qPrintable(errors.join(u'\n')));
        return false;
    }
    return window.analysisRunner()->waitForCurrent(20000);
}

void TestPolicyWindow::policyBesideTheMapApplies()
{
    QDir().mkpath(m_dir.filePath(u"beside"_qs));
    const QString map = m_dir.filePath(u"beside/sales.orgmap.json"_qs);
    QVERIFY(writeFile(map, kMap));
    QVERIFY(writeFile(m_dir.filePath(u"beside/sales.orgmap-policy.json"_qs), kPolicy));

    MainWindow window(false);
    window.show();
    QVERIFY(open(window, map));
    QCOMPARE(window.policyPath(),
             QFileInfo(m_dir.filePath(u"beside/sales.orgmap-policy.json"_qs)).absoluteFilePath());
    QVERIFY(window.policyError().isEmpty());
    // The FAIR finding is there as an error, unowned dropped to info, and the
    // other FAIR rules stay off.
    QCOMPARE(dockRows(window),
             (QStringList{u"error fair-interoperable dp-orders"_qs, u"info unowned s-crm"_qs}));
    QCOMPARE(window.statusSummary()->text(), u"1 error · 0 warnings · 1 info"_qs);
    auto *label = window.findChild<QLabel *>(u"policyLabel"_qs);
    QVERIFY(label && label->isVisible());
    QCOMPARE(label->text(), u"Policy: sales.orgmap-policy.json"_qs);
    // The Orphans highlight marks the FAIR gap (interoperable: bit 2) and
    // does not fade the data product.
    window.setHighlightMode(HighlightMode::Orphans);
    const NodeHighlight product = window.scene()->nodeHighlight(u"dp-orders"_qs);
    QCOMPARE(product.fairGaps, quint8(0x4));
    QVERIFY(!product.dimmed);
    QCOMPARE(HighlightLayer::fairBadgeText(product.fairGaps), u"FAIR: I"_qs);

    // Without the policy file the map is analysed by the spec's defaults.
    QVERIFY(QFile::remove(m_dir.filePath(u"beside/sales.orgmap-policy.json"_qs)));
    QVERIFY(open(window, map));
    QVERIFY(window.policyPath().isEmpty());
    QCOMPARE(dockRows(window), QStringList{u"error unowned s-crm"_qs});
    QVERIFY(!label->isVisible());
    window.document()->markSaved();
}

void TestPolicyWindow::folderPolicyIsFoundToo()
{
    QDir().mkpath(m_dir.filePath(u"folder"_qs));
    const QString map = m_dir.filePath(u"folder/sales.orgmap.json"_qs);
    QVERIFY(writeFile(map, kMap));
    QVERIFY(writeFile(m_dir.filePath(u"folder/orgmap-policy.json"_qs), kPolicy));
    MainWindow window(false);
    QVERIFY(open(window, map));
    QVERIFY(window.policyPath().endsWith(u"/folder/orgmap-policy.json"_qs));
    QVERIFY(dockRows(window).contains(u"error fair-interoperable dp-orders"_qs));
    window.document()->markSaved();
}

void TestPolicyWindow::malformedPolicyKeepsDefaults()
{
    QDir().mkpath(m_dir.filePath(u"broken"_qs));
    const QString map = m_dir.filePath(u"broken/sales.orgmap.json"_qs);
    QVERIFY(writeFile(map, kMap));
    QVERIFY(writeFile(m_dir.filePath(u"broken/sales.orgmap-policy.json"_qs),
                      R"({"format": "orgmap-policy", "version": 1,
                          "rules": {"hotspot": {"threshold": 0}}})"));
    MainWindow window(false);
    window.show();
    QVERIFY(open(window, map));
    QVERIFY2(window.policyError().endsWith(
                 u"sales.orgmap-policy.json: /rules/hotspot/threshold: must be an integer of at "
                 "least 1, not 0"_qs),
             qPrintable(window.policyError()));
    QCOMPARE(dockRows(window), QStringList{u"error unowned s-crm"_qs});
    auto *label = window.findChild<QLabel *>(u"policyLabel"_qs);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Policy not applied: sales.orgmap-policy.json"_qs);
    QVERIFY(label->toolTip().contains(u"/rules/hotspot/threshold"_qs));
    window.document()->markSaved();
}

void TestPolicyWindow::chosenPolicyWins()
{
    QDir().mkpath(m_dir.filePath(u"chosen"_qs));
    const QString map = m_dir.filePath(u"chosen/sales.orgmap.json"_qs);
    const QString policy = m_dir.filePath(u"chosen/strict.orgmap-policy.json"_qs);
    QVERIFY(writeFile(map, kMap));
    QVERIFY(writeFile(policy, R"({"format": "orgmap-policy", "version": 1, "rules": {
        "fair-accessible": {"severity": "warning"}, "unowned": {"severity": "off"}}})"));
    MainWindow window(false);
    QVERIFY(open(window, map));
    QVERIFY(window.policyPath().isEmpty()); // not named like the map
    window.choosePolicy(policy);
    QVERIFY(window.analysisRunner()->waitForCurrent(20000));
    QCOMPARE(window.policyPath(), QFileInfo(policy).absoluteFilePath());
    QCOMPARE(dockRows(window), QStringList{u"warning fair-accessible dp-orders"_qs});
    window.choosePolicy(QString()); // back to the one beside the map: none
    QVERIFY(window.analysisRunner()->waitForCurrent(20000));
    QCOMPARE(dockRows(window), QStringList{u"error unowned s-crm"_qs});
    window.document()->markSaved();
}

QTEST_MAIN(TestPolicyWindow)
#include "tst_policywindow.moc"
