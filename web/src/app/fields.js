import { jsx as _jsx, jsxs as _jsxs } from "react/jsx-runtime";
import { useI18n } from './i18n.js';
const hintId = (id) => `${id}-hint`;
const errorId = (id) => `${id}-error`;
const describedBy = (id, hint, error) => [hint ? hintId(id) : null, error ? errorId(id) : null].filter(Boolean).join(' ') || undefined;
const groupClass = (error) => (error ? 'form-group form-error' : 'form-group');
const ariaFor = (id, hint, error) => ({
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy(id, hint, error),
});
/** The id of one radio option; an error summary links to a group's first option. */
export const radioId = (name, value) => `${name}-${value}`;
/**
 * Moves focus to the first field with an error once it is rendered: a screen reader then reads its label and the
 * error tied to it. `ids` in the order of the form; a radio group is reached by its first option.
 */
export function focusFirstError(ids) {
    const first = ids.find(Boolean);
    if (!first)
        return;
    requestAnimationFrame(() => {
        const el = document.getElementById(first) ?? document.querySelector(`[name="${first}"]`);
        el?.focus();
    });
}
function Hint({ id, children }) {
    return children ? (_jsx("span", { className: "form-hint", id: hintId(id), children: children })) : null;
}
function FieldError({ id, message }) {
    const { t } = useI18n();
    return message ? (_jsxs("span", { className: "form-error-message", id: errorId(id), children: [_jsxs("span", { className: "sr-only", children: [t('common.errorPrefix'), " "] }), message] })) : null;
}
/** The form group around one control: label, hint, error, then the control itself. */
function Frame({ id, label, hint, error, optional, children }) {
    const { t } = useI18n();
    return (_jsxs("div", { className: groupClass(error), children: [_jsxs("label", { className: "form-label", htmlFor: id, children: [label, optional && _jsxs("span", { className: "weight-normal", children: [" (", t('common.optional'), ")"] })] }), _jsx(Hint, { id: id, children: hint }), _jsx(FieldError, { id: id, message: error }), children] }));
}
export function TextField(props) {
    const { id, label, hint, error, optional, width, onChange, ...input } = props;
    return (_jsx(Frame, { id: id, label: label, hint: hint, error: error, optional: optional, children: _jsx("input", { className: width ? `form-input ${width}` : 'form-input', type: "text", id: id, name: id, 
            // Staff type someone else's details: the browser must not offer the employee's own.
            autoComplete: "off", required: !optional, onChange: onChange && ((e) => onChange(e.target.value)), ...input, ...ariaFor(id, hint, error) }) }));
}
export function TextArea(props) {
    const { id, label, hint, error, optional, onChange, ...textarea } = props;
    return (_jsx(Frame, { id: id, label: label, hint: hint, error: error, optional: optional, children: _jsx("textarea", { className: "form-input", id: id, name: id, rows: 3, required: !optional, onChange: onChange && ((e) => onChange(e.target.value)), ...textarea, ...ariaFor(id, hint, error) }) }));
}
/** A select; its options (an empty first one asking the user to pick, optgroups …) are the children. */
export function SelectField(props) {
    const { id, label, hint, error, optional, onChange, children, ...select } = props;
    return (_jsx(Frame, { id: id, label: label, hint: hint, error: error, optional: optional, children: _jsx("select", { className: "form-select", id: id, name: id, required: !optional, onChange: onChange && ((e) => onChange(e.target.value)), ...select, ...ariaFor(id, hint, error), children: children }) }));
}
/** Radio buttons under a legend: controlled with `value`, uncontrolled with `defaultValue`. */
export function RadioGroup(props) {
    const { name, legend, options, value, defaultValue, onChange, error } = props;
    return (_jsx("div", { className: groupClass(error), children: _jsxs("fieldset", { "aria-describedby": error ? errorId(name) : undefined, children: [_jsx("legend", { className: "form-label", children: legend }), _jsx(FieldError, { id: name, message: error }), options.map((o) => {
                    const id = radioId(name, o.value);
                    return (_jsxs("div", { className: "form-group-radio", children: [_jsx("input", { className: "form-radio", type: "radio", id: id, name: name, value: o.value, checked: value === undefined ? undefined : value === o.value, defaultChecked: defaultValue === undefined ? undefined : defaultValue === o.value, onChange: onChange && (() => onChange(o.value)) }), _jsx("label", { className: "form-label", htmlFor: id, children: o.label })] }, o.value));
                })] }) }));
}
/** Several fields under one legend, e.g. the citizen's details, with a hint that applies to all of them. */
export function Fieldset(props) {
    const { id, legend, hint, children } = props;
    return (_jsxs("fieldset", { className: "mt-7 mb-6", "aria-describedby": hint ? hintId(id) : undefined, children: [_jsx("legend", { className: "h3", children: legend }), _jsx(Hint, { id: id, children: hint }), children] }));
}
//# sourceMappingURL=fields.js.map