using System.Globalization;
using KoreaEvents.Core.Time;

namespace KoreaEvents.Core.Model;

/// <summary>
/// The typed value a claim states: a date estimate, an entity, a quantity, a yes/no, or free text.
/// Corroboration compares values by type (dates overlap, places contain, quantities overlap with tolerance,
/// entities are equal).
/// </summary>
/// <remarks>Values are immutable records with value equality; the text form is invariant. In JSON a value is an
/// object with a <c>type</c> discriminator (<c>date</c>, <c>entity</c>, <c>quantity</c>, <c>boolean</c>, <c>text</c>),
/// mapped at the serialization edge.</remarks>
public abstract record ClaimValue
{
    private protected ClaimValue()
    {
    }

    /// <summary>Creates a date value.</summary>
    public static ClaimValue FromDate(DateEstimate date) => new DateValue(date);

    /// <summary>Creates an entity value.</summary>
    public static ClaimValue FromEntity(EntityRef entity) => new EntityValue(entity);

    /// <summary>Creates a quantity value.</summary>
    public static ClaimValue FromQuantity(Quantity quantity) => new QuantityValue(quantity);

    /// <summary>Creates a yes/no value.</summary>
    public static ClaimValue FromBoolean(bool value) => new BooleanValue(value);

    /// <summary>Creates a free-text value.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public static ClaimValue FromText(string text) => new TextValue(text);
}

/// <summary>A date value: when something happened, exactly as precise as the text.</summary>
public sealed record DateValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    public DateValue(DateEstimate date) => Date = date;

    /// <summary>Gets the date estimate.</summary>
    public DateEstimate Date { get; }

    /// <summary>Returns the date's text form, e.g. <c>2019-02</c>.</summary>
    public override string ToString() => Date.ToString();
}

/// <summary>An entity value: who or where.</summary>
public sealed record EntityValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    /// <exception cref="ArgumentException"><paramref name="entity"/> is the default (empty) reference.</exception>
    public EntityValue(EntityRef entity)
    {
        Preconditions.CheckArgument(entity.Slug is not null, nameof(entity), "The entity must not be the default (empty) reference.");
        Entity = entity;
    }

    /// <summary>Gets the entity reference.</summary>
    public EntityRef Entity { get; }

    /// <summary>Returns the reference's text form, e.g. <c>actor:kim-yo-jong</c>.</summary>
    public override string ToString() => Entity.ToString();
}

/// <summary>A quantity value: how many or how much.</summary>
public sealed record QuantityValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    public QuantityValue(Quantity quantity) => Quantity = quantity;

    /// <summary>Gets the quantity.</summary>
    public Quantity Quantity { get; }

    /// <summary>Returns the quantity's text form, e.g. <c>~20 officials</c>.</summary>
    public override string ToString() => Quantity.ToString();
}

/// <summary>A yes/no value (for the <c>occurred</c> facet: a negated report says <c>false</c>).</summary>
public sealed record BooleanValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    public BooleanValue(bool value) => Value = value;

    /// <summary>Gets the value.</summary>
    public bool Value { get; }

    /// <summary>Returns <c>true</c> or <c>false</c>.</summary>
    public override string ToString() => Value ? "true" : "false";
}

/// <summary>A free-text value, compared after trimming, case-folding and collapsing white space.</summary>
public sealed record TextValue : ClaimValue
{
    /// <summary>Creates the value.</summary>
    /// <exception cref="ArgumentException"><paramref name="text"/> is null, empty or white space.</exception>
    public TextValue(string text) => Text = Preconditions.CheckNotBlank(text);

    /// <summary>Gets the text as stated.</summary>
    public string Text { get; }

    /// <summary>Returns the text in double quotes.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"\"{Text}\"");
}
