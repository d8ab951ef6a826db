package org.irontrace.benchmark.identity;

import java.util.SplittableRandom;

/**
 * Names for the synthetic population, as people write them (with accents). Common names come
 * first and are drawn more often; a long tail of rarer surnames is composed from syllables, so the
 * name frequencies look like a real population's: a few very common, most rare.
 */
final class NamePool {

	static final String[] SPANISH_MEN = { "José", "Juan", "Luis", "Carlos", "Jesús", "Francisco", "Miguel", "Antonio",
			"Alejandro", "Manuel", "Jorge", "Roberto", "Ricardo", "Eduardo", "Fernando", "Javier", "Rafael", "Sergio",
			"Guillermo", "Arturo", "Enrique", "Gerardo", "Salvador", "Ignacio", "Alfredo", "Gustavo", "Rodolfo",
			"Ramón", "Héctor", "Raúl", "Óscar", "Víctor", "Andrés", "Julio", "Martín", "Pedro", "Alberto", "Ernesto",
			"Santiago", "Leonardo" };

	static final String[] SPANISH_WOMEN = { "María", "Guadalupe", "Juana", "Margarita", "Verónica", "Patricia",
			"Rosa", "Isabel", "Teresa", "Dolores", "Ana", "Leticia", "Elizabeth", "Gabriela", "Alejandra", "Claudia",
			"Silvia", "Adriana", "Mónica", "Laura", "Yolanda", "Mercedes", "Graciela", "Concepción", "Rocío",
			"Beatriz", "Catalina", "Cristina", "Elena", "Lucía" };

	static final String[] ENGLISH_MEN = { "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph",
			"Thomas", "Charles", "Christopher", "Daniel", "Matthew", "Anthony", "Andrew", "Joshua", "Kevin", "Brian",
			"Edward", "Ronald", "Timothy", "Jason", "Jeffrey", "Ryan", "Jacob", "Gary", "Nicholas", "Eric",
			"Stephen", "Jonathan" };

	static final String[] ENGLISH_WOMEN = { "Mary", "Patricia", "Jennifer", "Linda", "Elizabeth", "Barbara", "Susan",
			"Jessica", "Sarah", "Karen", "Nancy", "Margaret", "Lisa", "Betty", "Sandra", "Ashley", "Kimberly",
			"Donna", "Emily", "Michelle", "Carol", "Amanda", "Melissa", "Deborah", "Stephanie", "Rebecca",
			"Catherine", "Victoria", "Angela", "Shirley" };

	static final String[] SPANISH_SURNAMES = { "García", "Hernández", "López", "Martínez", "González", "Rodríguez",
			"Pérez", "Sánchez", "Ramírez", "Flores", "Gómez", "Díaz", "Cruz", "Morales", "Vázquez", "Jiménez", "Reyes",
			"Torres", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Castillo", "Moreno", "Romero", "Álvarez",
			"Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera", "Medina", "Castro", "Vargas", "Guzmán",
			"Velázquez", "Muñoz", "Rojas", "Salazar", "Contreras", "Luna", "Ortega", "Estrada", "Guerrero", "Cortés",
			"Núñez", "Villanueva", "Llanes", "Valenzuela", "Quintero", "Cervantes", "Ibarra", "Zamora", "Beltrán",
			"Yáñez", "Villegas", "Becerra", "Calderón" };

	static final String[] ENGLISH_SURNAMES = { "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis",
			"Wilson", "Anderson", "Taylor", "Thomas", "Moore", "Jackson", "Martin", "Lee", "Thompson", "White",
			"Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green",
			"Baker", "Adams", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans", "Turner", "Parker",
			"Collins", "Edwards" };

	private static final String[] STARTS = { "Al", "Bar", "Ca", "Da", "Es", "Fa", "Gal", "Her", "Ir", "Lo", "Mar", "Na",
			"Ol", "Pa", "Qui", "Ro", "Sal", "Tor", "Ur", "Val", "Za", "Bel", "Cor", "Mon", "Ash", "Brad", "Craw", "Fair",
			"Hol", "Whit", "Pem", "Thorn", "Stan", "Wes" };

	private static final String[] MIDDLES = { "", "a", "e", "i", "o", "an", "en", "er", "il", "ar", "ur", "ev" };

	private static final String[] ENDS = { "ado", "eda", "ero", "illo", "ón", "ano", "ega", "era", "oza", "ueta",
			"ford", "ley", "ton", "well", "wood", "by", "man", "son", "field", "ridge" };

	private NamePool() {
	}

	/** Mostly common surnames, drawn more often the earlier they stand; one in four from the long tail. */
	static String surname(SplittableRandom random, String[] common) {
		if (random.nextInt(4) == 0) {
			return STARTS[random.nextInt(STARTS.length)] + MIDDLES[random.nextInt(MIDDLES.length)]
					+ ENDS[random.nextInt(ENDS.length)];
		}
		return skewed(random, common);
	}

	/** An element with the early ones more likely (a rough Zipf law). */
	static String skewed(SplittableRandom random, String[] names) {
		double x = random.nextDouble();
		return names[(int) (names.length * x * x)];
	}
}
