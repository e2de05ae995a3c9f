namespace KoreaEvents.Core.Model;

/// <summary>
/// The sixteen event types of the PLOVER ontology (Political Language Ontology for Verifiable Event Records), the
/// successor of CAMEO used by POLECAT. A type says what kind of interaction happened; an optional mode on
/// <see cref="EventCode"/> narrows it (<c>RETREAT:withdraw</c>, <c>ASSAULT:destroy</c>).
/// </summary>
/// <remarks>The numeric values follow PLOVER's listing order, from cooperative to hostile; they are stable.</remarks>
public enum EventType
{
    /// <summary>AGREE: agree to, sign or promise something (a declaration, an accord, a ceasefire).</summary>
    Agree = 0,

    /// <summary>CONSULT: meet, visit, hold talks or a summit, telephone.</summary>
    Consult = 1,

    /// <summary>SUPPORT: praise, endorse, express support or solidarity.</summary>
    Support = 2,

    /// <summary>CONCEDE: yield, ease restrictions, release, return, disarm or make a concession.</summary>
    Concede = 3,

    /// <summary>COOPERATE: cooperate in practice (set up a joint office, share information, trade).</summary>
    Cooperate = 4,

    /// <summary>AID: provide economic, humanitarian or military aid.</summary>
    Aid = 5,

    /// <summary>RETREAT: withdraw people, forces or presence; back down.</summary>
    Retreat = 6,

    /// <summary>REQUEST: ask, appeal or demand.</summary>
    Request = 7,

    /// <summary>ACCUSE: accuse, criticise, denounce, blame.</summary>
    Accuse = 8,

    /// <summary>REJECT: refuse, turn down, break off (relations, talks, links).</summary>
    Reject = 9,

    /// <summary>THREATEN: threaten force, sanctions or the end of relations.</summary>
    Threaten = 10,

    /// <summary>PROTEST: demonstrate, rally, send leaflets or otherwise protest.</summary>
    Protest = 11,

    /// <summary>SANCTION: impose sanctions, penalties, embargoes; withdraw cooperation as a penalty.</summary>
    Sanction = 12,

    /// <summary>MOBILIZE: mobilise or prepare forces, raise alert, prepare launches.</summary>
    Mobilize = 13,

    /// <summary>COERCE: coerce by non-lethal force: arrests, seizures, repression.</summary>
    Coerce = 14,

    /// <summary>ASSAULT: use force against people or property: attack, bomb, destroy.</summary>
    Assault = 15,
}
