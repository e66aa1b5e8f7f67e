"""The vnkg ontology, shipped as package data (kg.ontology)."""
