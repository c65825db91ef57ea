#include "Formula.h"

#include <QSet>

using namespace Qt::Literals::StringLiterals;

namespace taxbox::filing {

struct Formula::Node
{
    enum class Kind { Number, Cell, Negate, Binary, Call };
    Kind kind = Kind::Number;
    Decimal number;
    QString name; ///< cell id, function name or operator ("+", "<=", …)
    QList<std::shared_ptr<const Node>> children;
};

namespace {

using NodePtr = std::shared_ptr<const Formula::Node>;
using Kind = Formula::Node::Kind;

/// Deep formulas are data from a signed pack, but a bound keeps a mistaken one from exhausting the stack.
constexpr int kMaxDepth = 64;
constexpr qsizetype kMaxFormulaLength = 4000;

bool isIdentifierStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_';
}
bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == u'.';
}

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Formula)
public:
    explicit Parser(const QString &text)
        : m_text(text)
    { }

    Result<NodePtr> parseAll()
    {
        auto node = comparison(0);
        if (!node)
            return node;
        skipSpace();
        if (m_pos < m_text.size())
            return error(tr("unexpected \"%1\"").arg(m_text.mid(m_pos, 8)));
        return node;
    }

private:
    std::unexpected<Error> error(const QString &what) const
    {
        return std::unexpected(Error{u"bad_formula"_s, tr("Formula \"%1\", at %2: %3").arg(m_text).arg(m_pos + 1).arg(what), {}});
    }
    void skipSpace()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
    }
    bool take(QStringView token)
    {
        skipSpace();
        if (QStringView(m_text).mid(m_pos).startsWith(token)) {
            m_pos += token.size();
            return true;
        }
        return false;
    }
    static NodePtr binary(const QString &op, NodePtr left, NodePtr right)
    {
        auto node = std::make_shared<Formula::Node>();
        node->kind = Kind::Binary;
        node->name = op;
        node->children = {std::move(left), std::move(right)};
        return node;
    }

    Result<NodePtr> comparison(int depth)
    {
        auto left = sum(depth);
        if (!left)
            return left;
        for (QStringView op : {u"<=", u">=", u"==", u"!=", u"<", u">"}) {
            if (take(op)) {
                auto right = sum(depth);
                if (!right)
                    return right;
                return binary(op.toString(), *left, *right);
            }
        }
        return left;
    }
    Result<NodePtr> sum(int depth)
    {
        auto left = product(depth);
        if (!left)
            return left;
        NodePtr node = *left;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || (m_text.at(m_pos) != u'+' && m_text.at(m_pos) != u'-'))
                return node;
            const QString op = m_text.at(m_pos++);
            auto right = product(depth);
            if (!right)
                return right;
            node = binary(op, node, *right);
        }
    }
    Result<NodePtr> product(int depth)
    {
        auto left = unary(depth);
        if (!left)
            return left;
        NodePtr node = *left;
        while (true) {
            skipSpace();
            if (m_pos >= m_text.size() || (m_text.at(m_pos) != u'*' && m_text.at(m_pos) != u'/'))
                return node;
            const QString op = m_text.at(m_pos++);
            auto right = unary(depth);
            if (!right)
                return right;
            node = binary(op, node, *right);
        }
    }
    Result<NodePtr> unary(int depth)
    {
        if (depth > kMaxDepth)
            return error(tr("nested too deeply"));
        if (take(u"-")) {
            auto operand = unary(depth + 1);
            if (!operand)
                return operand;
            auto node = std::make_shared<Formula::Node>();
            node->kind = Kind::Negate;
            node->children = {*operand};
            return NodePtr(node);
        }
        return primary(depth + 1);
    }
    Result<NodePtr> primary(int depth)
    {
        skipSpace();
        if (m_pos >= m_text.size())
            return error(tr("the formula ends too early"));
        const QChar c = m_text.at(m_pos);
        if (c == u'(') {
            ++m_pos;
            auto inner = comparison(depth);
            if (!inner)
                return inner;
            if (!take(u")"))
                return error(tr("\")\" expected"));
            return inner;
        }
        if (c.isDigit()) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && (m_text.at(m_pos).isDigit() || m_text.at(m_pos) == u'.'))
                ++m_pos;
            auto value = Decimal::parse(QStringView(m_text).mid(start, m_pos - start), u"number"_s, 12);
            if (!value)
                return error(tr("bad number"));
            auto node = std::make_shared<Formula::Node>();
            node->kind = Kind::Number;
            node->number = *value;
            return NodePtr(node);
        }
        if (isIdentifierStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isIdentifierPart(m_text.at(m_pos)))
                ++m_pos;
            auto node = std::make_shared<Formula::Node>();
            node->name = m_text.mid(start, m_pos - start);
            if (take(u"(")) {
                node->kind = Kind::Call;
                if (!take(u")")) {
                    do {
                        auto argument = comparison(depth);
                        if (!argument)
                            return argument;
                        node->children.append(*argument);
                    } while (take(u","));
                    if (!take(u")"))
                        return error(tr("\")\" or \",\" expected"));
                }
            } else {
                node->kind = Kind::Cell;
            }
            return NodePtr(node);
        }
        return error(tr("unexpected \"%1\"").arg(c));
    }

    const QString &m_text;
    qsizetype m_pos = 0;
};

Decimal boolean(bool value)
{
    return Decimal::fromInteger(value ? 1 : 0);
}

Result<Decimal> evaluateNode(const Formula::Node &node, const Formula::Context &context)
{
    switch (node.kind) {
    case Kind::Number:
        return node.number;
    case Kind::Cell:
        return context.cell(node.name);
    case Kind::Negate: {
        auto value = evaluateNode(*node.children.constFirst(), context);
        if (!value)
            return value;
        return -*value;
    }
    case Kind::Binary: {
        auto left = evaluateNode(*node.children.at(0), context);
        if (!left)
            return left;
        auto right = evaluateNode(*node.children.at(1), context);
        if (!right)
            return right;
        const QString &op = node.name;
        if (op == u"+")
            return *left + *right;
        if (op == u"-")
            return *left - *right;
        if (op == u"*")
            return *left * *right;
        if (op == u"/")
            return left->dividedBy(*right);
        if (op == u"<")
            return boolean(*left < *right);
        if (op == u"<=")
            return boolean(*left <= *right);
        if (op == u">")
            return boolean(*left > *right);
        if (op == u">=")
            return boolean(*left >= *right);
        if (op == u"==")
            return boolean(*left == *right);
        return boolean(*left != *right);
    }
    case Kind::Call:
        break;
    }
    const QString &name = node.name;
    const auto &arguments = node.children;
    auto argument = [&](qsizetype i) { return evaluateNode(*arguments.at(i), context); };
    if (name == u"if") {
        if (arguments.size() != 3)
            return fail(u"bad_formula"_s, Formula::tr("if() takes a condition and two values."));
        auto condition = argument(0);
        if (!condition)
            return condition;
        return argument(condition->isZero() ? 2 : 1);
    }
    if (name == u"and" || name == u"or") {
        const bool isAnd = name == u"and";
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            auto value = argument(i);
            if (!value)
                return value;
            if (isAnd == value->isZero()) // short-circuit: a false in and(), a true in or()
                return boolean(!isAnd);
        }
        return boolean(isAnd);
    }
    if (name == u"round" || name == u"min" || name == u"max" || name == u"abs" || name == u"not") {
        if (arguments.isEmpty())
            return fail(u"bad_formula"_s, Formula::tr("%1() needs an argument.").arg(name));
        QList<Decimal> values;
        for (qsizetype i = 0; i < arguments.size(); ++i) {
            auto value = argument(i);
            if (!value)
                return value;
            values.append(*value);
        }
        if (name == u"round") {
            int digits = 2;
            if (values.size() > 1)
                digits = values.at(1).toFixed(0).toInt();
            return values.constFirst().roundedHalfUp(digits);
        }
        if (name == u"abs")
            return values.constFirst().isNegative() ? -values.constFirst() : values.constFirst();
        if (name == u"not")
            return boolean(values.constFirst().isZero());
        Decimal best = values.constFirst();
        for (const Decimal &value : values)
            best = name == u"min" ? std::min(best, value) : std::max(best, value);
        return best;
    }
    // An engine function: a bare cell-like word is passed as a word, anything else evaluated.
    QStringList words;
    QList<Decimal> values;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i)->kind == Kind::Cell) {
            words.append(arguments.at(i)->name);
            values.append(Decimal());
        } else {
            auto value = argument(i);
            if (!value)
                return value;
            words.append(QString());
            values.append(*value);
        }
    }
    return context.function(name, words, values);
}

bool isBuiltIn(const QString &function);

QString operatorText(const QString &op)
{
    if (op == u"-")
        return u"−"_s;
    if (op == u"*")
        return u"×"_s;
    if (op == u"/")
        return u"÷"_s;
    if (op == u"<=")
        return u"≤"_s;
    if (op == u">=")
        return u"≥"_s;
    if (op == u"==")
        return u"="_s;
    if (op == u"!=")
        return u"≠"_s;
    return op;
}

int precedence(const Formula::Node &node)
{
    if (node.kind != Kind::Binary)
        return 3;
    if (node.name == u"*" || node.name == u"/")
        return 2;
    if (node.name == u"+" || node.name == u"-")
        return 1;
    return 0;
}

QString render(const Formula::Node &node, const std::function<QString(const QString &)> *valueOf, int parentPrecedence = 0,
               bool rightSide = false, const Formula::Context *context = nullptr)
{
    switch (node.kind) {
    case Kind::Number:
        return node.number.toString();
    case Kind::Cell:
        return valueOf ? (*valueOf)(node.name) : node.name;
    case Kind::Negate:
        return u"−"_s + render(*node.children.constFirst(), valueOf, 3, false, context);
    case Kind::Binary: {
        const int own = precedence(node);
        QString text = render(*node.children.at(0), valueOf, own, false, context) + u' ' + operatorText(node.name) + u' '
            + render(*node.children.at(1), valueOf, own, true, context);
        const bool needsParentheses = own < parentPrecedence || (rightSide && own == parentPrecedence && own > 0);
        return needsParentheses ? u'(' + text + u')' : text;
    }
    case Kind::Call: {
        QStringList arguments;
        // Words given to engine functions (flag names, cells looked up by the engine) stay words; with
        // values, such a call shows what it gave (prev(M20) → 8,000.00).
        const bool builtIn = isBuiltIn(node.name);
        if (!builtIn && valueOf && context) {
            if (auto value = evaluateNode(node, *context))
                return groupedAmount(*value, value->roundedHalfUp(2) == *value ? 2 : 6);
        }
        for (const auto &argument : node.children)
            arguments.append(render(*argument, builtIn ? valueOf : nullptr, 0, false, builtIn ? context : nullptr));
        return node.name + u'(' + arguments.join(u", "_s) + u')';
    }
    }
    return {};
}

bool isBuiltIn(const QString &function)
{
    static const QSet<QString> names{u"if"_s, u"and"_s, u"or"_s, u"not"_s, u"round"_s, u"min"_s, u"max"_s, u"abs"_s};
    return names.contains(function);
}

/// The cells a formula reads in this return; words given to engine functions (flag names, prev(M20),
/// rows_sum(T.r, tax)) are not cells of this return.
void collectCells(const Formula::Node &node, QStringList *cells)
{
    if (node.kind == Kind::Cell && !cells->contains(node.name))
        cells->append(node.name);
    for (const auto &child : node.children) {
        if (node.kind == Kind::Call && !isBuiltIn(node.name) && child->kind == Kind::Cell)
            continue;
        collectCells(*child, cells);
    }
}

} // namespace

Result<Formula> Formula::parse(const QString &text)
{
    if (text.size() > kMaxFormulaLength)
        return fail(u"bad_formula"_s, tr("A formula of %1 characters is longer than any form needs.").arg(text.size()));
    Parser parser(text);
    auto root = parser.parseAll();
    if (!root)
        return std::unexpected(root.error());
    Formula formula;
    formula.m_text = text;
    formula.m_root = *root;
    return formula;
}

Result<Decimal> Formula::evaluate(const Context &context) const
{
    return evaluateNode(*m_root, context);
}

QString Formula::display() const
{
    return render(*m_root, nullptr);
}

QString Formula::displayWithValues(const std::function<QString(const QString &)> &valueOf, const Context *context) const
{
    return render(*m_root, &valueOf, 0, false, context);
}

QStringList Formula::cells() const
{
    QStringList result;
    collectCells(*m_root, &result);
    return result;
}

QString groupedAmount(const Decimal &value, int fractionDigits)
{
    QString text = value.toFixed(fractionDigits);
    const bool negative = text.startsWith(u'-');
    if (negative)
        text.remove(0, 1);
    qsizetype point = text.indexOf(u'.');
    if (point < 0)
        point = text.size();
    for (qsizetype i = point - 3; i > 0; i -= 3)
        text.insert(i, u',');
    return negative ? u'-' + text : text;
}

} // namespace taxbox::filing
