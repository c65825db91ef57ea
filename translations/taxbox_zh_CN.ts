<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AmountInWords</name>
    <message>
        <source>%1 is too large to write in words; the largest amount is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of messages: zh_CN or en (default: the system&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indent the JSON output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the JSON request from this file instead of standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be an amount such as &quot;1234.50&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 [--lang zh_CN|en] [--pretty] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taxbox command line: the same core as the desktop app, with JSON in and out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and the rule packs in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 input refused, 2 usage error, 3 workspace locked or wrong password, 4 sync conflict. Errors are JSON on standard error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: %1 %2 [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown language &quot;%1&quot;; use zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given. Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a subcommand. Run &quot;%2 %1 --help&quot; for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run &quot;%2 --help&quot; for the list of commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many arguments for &quot;%1&quot;: %2. Run &quot;%3 %1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Context</name>
    <message>
        <source>Cannot read the input file &quot;%1&quot;: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read standard input: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JSON request was given on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON request on %1 is malformed at byte %2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON request on %1 must be an object ({…}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Decimal</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; at most %4 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot divide %1 by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 yuan is beyond the largest amount Taxbox can record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecimalTextParser</name>
    <message>
        <source>%1 is empty; enter a number such as 1234.56.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a valid number: %3 (at character %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thousands separators must group exactly three digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected character &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits are required before the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>digits are required after the decimal point</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdCheckCommand</name>
    <message>
        <source>Check a unified social credit code, resident identity number or e-invoice number. Without CODE, reads {&quot;code&quot;: &quot;…&quot;, &quot;type&quot;: &quot;uscc&quot;} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check as this kind instead of recognising it: uscc, resident_id or invoice_number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code to check, e.g. 91350100M000100Y43.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind &quot;%1&quot;; use uscc, resident_id or invoice_number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentifierCheck</name>
    <message>
        <source>Registration authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvoiceNumber</name>
    <message>
        <source>Invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fully digitalised e-invoice number has 20 digits; &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the invoice number is not a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits 3–4 of the invoice number (&quot;%1&quot;) are not a province code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>%1 &quot;%2&quot; has %3 digits after the decimal point; money is exact to the fen (at most 2 digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is too large; the largest amount is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyUpperCommand</name>
    <message>
        <source>Write an amount in Chinese capital numerals (人民币大写). Without AMOUNT, reads {&quot;amount&quot;: &quot;1409.50&quot;, &quot;invoice&quot;: false} as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write 圆 instead of 元, as in the 价税合计 field of e-invoices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount in yuan with at most two fraction digits, e.g. 107000.53.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResidentIdNumber</name>
    <message>
        <source>Resident identity number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident identity number must have 18 characters; &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the resident identity number is not allowed; the first 17 are digits and the last is a digit or X.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The resident identity number starts with &quot;%1&quot;, which is not a province code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Characters 7–14 of the resident identity number (&quot;%1&quot;) are not a real birth date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the resident identity number is &quot;%1&quot; but the first 17 digits require &quot;%2&quot;; a digit was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnifiedSocialCreditCode</name>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unified social credit code must have 18 characters; &quot;%1&quot; has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 (&quot;%2&quot;) of the unified social credit code is not allowed; only digits and the capital letters A–Y except I, O, S, V and Z are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check character of the unified social credit code is &quot;%1&quot; but the first 17 characters require &quot;%2&quot;; a character was probably mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
