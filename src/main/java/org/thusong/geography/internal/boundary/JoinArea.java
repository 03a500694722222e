package org.thusong.geography.internal.boundary;

/** An area a boundary may be joined to: its code, name and its parent's name. */
public record JoinArea(String code, String name, String parentName) {
}
