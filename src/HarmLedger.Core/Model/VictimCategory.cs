namespace HarmLedger.Model;

/// <summary>Who a figure counts.</summary>
public enum VictimCategory
{
    /// <summary>Everyone killed or injured, whatever their status.</summary>
    Total,

    /// <summary>Non-combatants.</summary>
    Civilians,

    /// <summary>Children (under 18), a subset of civilians.</summary>
    Children,

    /// <summary>Adult women, a subset of civilians.</summary>
    Women,

    /// <summary>Adult men, a subset of civilians.</summary>
    Men,

    /// <summary>Fighters, soldiers, militants, guards.</summary>
    Combatants,
}
