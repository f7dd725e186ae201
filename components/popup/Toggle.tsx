// A labelled on/off switch (a checkbox with the switch role), shared by the popup and the options page.
export interface ToggleProps {
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (checked: boolean) => void;
}

export function Toggle({ label, hint, checked, disabled = false, onChange }: ToggleProps) {
  return (
    <label class={`toggle${disabled ? ' toggle--disabled' : ''}`}>
      <span class="toggle__text">
        <span class="toggle__label">{label}</span>
        {hint && <span class="toggle__hint">{hint}</span>}
      </span>
      <input
        type="checkbox"
        role="switch"
        class="toggle__switch"
        checked={checked}
        disabled={disabled}
        onChange={(event) => {
          // The switch shows the saved state: it moves when the change is saved and comes back, not flipped, if not.
          const wanted = event.currentTarget.checked;
          event.currentTarget.checked = checked;
          onChange(wanted);
        }}
      />
    </label>
  );
}
