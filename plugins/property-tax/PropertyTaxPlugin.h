#pragma once

#include <taxbox/PluginApi.h>

#include <QObject>

/// 房产税和城镇土地使用税: Taxbox's first-party native plugin. Its rates come from the rule pack it carries
/// (rules/property-tax.json, read through the host's package.read), the enterprise's province from
/// enterprise.profile when granted (else the default deduction), and an export through files.save when granted.
class PropertyTaxPlugin final : public QObject, public taxbox::sdk::ToolPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID TaxboxToolPlugin_iid FILE "metadata.json")
    Q_INTERFACES(taxbox::sdk::ToolPlugin)
public:
    QWidget *createTool(taxbox::sdk::Host &host, QWidget *parent) override;
};
